using System.Security.Cryptography;
using System.Text;

namespace HealthReview.Engine.Rules;

/// <summary>The rules a scan uses, sorted by id, with a version that changes whenever any rule does.</summary>
public sealed class RuleCatalog
{
    public RuleCatalog(IEnumerable<RuleDefinition> rules)
    {
        Rules = [.. rules.OrderBy(r => r.Id, StringComparer.Ordinal)];
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", Rules.Select(r => $"{r.Id}:{r.Revision}:{r.Sha256}"))));
        Version = $"{Rules.Count} rules, sha256:{Convert.ToHexStringLower(digest)[..12]}";
    }

    public IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>Printed in every report so an auditor can tell which catalogue produced it.</summary>
    public string Version { get; }

    public RuleDefinition? Find(string id) => Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
}
