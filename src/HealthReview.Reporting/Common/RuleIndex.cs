using HealthReview.Core.Model;
using HealthReview.Core.Results;

namespace HealthReview.Reporting.Common;

/// <summary>The rules of a result by id, and each rule's facts for one kind of app.</summary>
public sealed class RuleIndex
{
    private readonly Dictionary<string, RuleInfo> rules = new(StringComparer.Ordinal);

    public RuleIndex(IEnumerable<RuleInfo> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        foreach (var rule in rules)
        {
            this.rules.TryAdd(rule.Id, rule);
        }
    }

    public RuleInfo? Find(string ruleId) => rules.GetValueOrDefault(ruleId);

    public RuleKindInfo? Kind(string ruleId, AppKind kind) => Find(ruleId)?.Kinds.FirstOrDefault(k => k.Kind == kind);

    /// <summary>The rule's title, or its id when the result does not describe the rule.</summary>
    public string Title(string ruleId) => Find(ruleId)?.Title ?? ruleId;
}
