using HealthReview.Core.Model;
using HealthReview.Core.Results;

namespace HealthReview.Reporting.Html;

/// <summary>
/// Lookups the page needs in constant time (so rendering stays linear in the findings), and the element ids: built
/// from positions, never from names, so an app or rule id from a file can never shape an id or a link.
/// </summary>
internal sealed class ReportIndex
{
    private readonly Dictionary<string, IndexedRule> rules;
    private readonly Dictionary<(string App, AppKind Kind), int> apps;
    private readonly Dictionary<(string Rule, string App, AppKind Kind), int> findings;

    public ReportIndex(ScanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        rules = new(StringComparer.Ordinal);
        for (var i = 0; i < result.Rules.Count; i++)
        {
            rules.TryAdd(result.Rules[i].Id, new IndexedRule(i, result.Rules[i]));
        }

        Apps = [.. result.Findings.Select(f => (f.App, f.AppKind))
            .Concat(result.Snapshot.Apps.Select(a => (App: a.Name, Kind: a.Kind)))
            .Distinct()
            .OrderBy(a => a.App, StringComparer.Ordinal)
            .ThenBy(a => a.Item2)];
        apps = [];
        for (var i = 0; i < Apps.Count; i++)
        {
            apps[Apps[i]] = i;
        }

        findings = [];
        for (var i = 0; i < result.Findings.Count; i++)
        {
            var f = result.Findings[i];
            findings.TryAdd((f.RuleId, f.App, f.AppKind), i);
        }
    }

    /// <summary>Every (app, kind) of the findings and the export, sorted by name then kind: the app filter's choices.</summary>
    public IReadOnlyList<(string App, AppKind Kind)> Apps { get; }

    public static string FindingId(int index) => $"f-{index}";

    public static string RuleAnchor(int index) => $"rule-{index}";

    public static string RemediationAnchor(int ruleIndex, AppKind kind) => $"rem-{ruleIndex}-{Labels.Key(kind)}";

    public IndexedRule? Rule(string id) => rules.GetValueOrDefault(id);

    public int AppIndex(string app, AppKind kind) => apps.GetValueOrDefault((app, kind), -1);

    public int? Finding(string rule, string app, AppKind kind) => findings.TryGetValue((rule, app, kind), out var i) ? i : null;
}
