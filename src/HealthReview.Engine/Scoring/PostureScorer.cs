using HealthReview.Core.Results;

namespace HealthReview.Engine.Scoring;

/// <summary>
/// The 0–100 posture score (see <see cref="ScanResult.ScoringFormula"/>): failures weigh their contextual CVSS score, passes
/// and waivers the control's base score; notApplicable and notEvaluated are left out and reported as coverage.
/// </summary>
public static class PostureScorer
{
    public static PostureScore Score(IReadOnlyCollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        decimal total = 0;
        decimal failed = 0;
        var evaluated = 0;
        foreach (var finding in findings)
        {
            if (finding.Status is FindingStatus.NotApplicable or FindingStatus.NotEvaluated || finding.Cvss is null)
            {
                continue;
            }

            evaluated++;
            var weight = (decimal)(finding.Status == FindingStatus.Fail ? finding.Cvss.Score : finding.Cvss.BaseScore);
            total += weight;
            if (finding.Status == FindingStatus.Fail)
            {
                failed += weight;
            }
        }

        // Decimal arithmetic and half-away-from-zero rounding: the same findings give the same score on every machine.
        double? score = total == 0 ? null : (double)Math.Round(100m * (1m - (failed / total)), 1, MidpointRounding.AwayFromZero);
        return new PostureScore(
            score,
            Grade.For(score),
            evaluated,
            findings.Count(f => f.Status == FindingStatus.NotApplicable),
            findings.Count(f => f.Status == FindingStatus.NotEvaluated),
            findings.Count);
    }
}
