using HealthReview.Core.Model;
using HealthReview.Core.Results;

namespace HealthReview.Engine.Tests.Support;

/// <summary>An evaluated scan, with lookups by (rule, app).</summary>
public sealed class ScanOutcome
{
    public ScanOutcome(ScanResult result)
    {
        Result = result;
    }

    public ScanResult Result { get; }

    public IReadOnlyList<Finding> Findings => Result.Findings;

    /// <summary>The one finding of this rule for this app (an app name is unique per kind in these tests).</summary>
    public Finding Finding(string ruleId, string app)
    {
        var matches = Result.Findings.Where(f => f.RuleId == ruleId && f.App == app).ToList();
        matches.Should().ContainSingle($"there should be exactly one {ruleId} finding for {app}");
        return matches[0];
    }

    /// <summary>The org-level finding of this rule.</summary>
    public Finding Org(string ruleId) => Result.Findings.Single(f => f.RuleId == ruleId && f.AppKind == AppKind.Org);

    /// <summary>Everything a reader of the finding sees, in one string: message, reasons, expected, actual.</summary>
    public static string TextOf(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return string.Join("\n", new[] { finding.Message, finding.Expected, finding.Actual }.Concat(finding.Reasons).Where(s => s is not null));
    }
}
