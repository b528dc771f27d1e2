using HealthReview.Core.Cvss;
using HealthReview.Core.Model;
using HealthReview.Core.Results;

namespace HealthReview.Engine.Tests.Support;

/// <summary>Hand-made findings for scoring and gate tests, where only status and scores matter.</summary>
public static class Findings
{
    private static int counter;

    /// <summary>A finding of an imaginary control with this base score and (for failures) contextual score.</summary>
    public static Finding Of(FindingStatus status, double baseScore, double? score = null, string app = "App", string? ruleId = null)
    {
        var contextual = score ?? baseScore;
        return new Finding
        {
            RuleId = ruleId ?? $"RULE-{Interlocked.Increment(ref counter)}",
            App = app,
            AppKind = AppKind.ConnectedApp,
            Status = status,
            Severity = status is FindingStatus.Fail or FindingStatus.Waived ? CvssSeverityScale.FromScore(contextual) : CvssSeverity.None,
            Cvss = new FindingCvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", baseScore, contextual, new ScoreRange(0, 10), null),
            Message = "test finding",
        };
    }
}
