using System.Globalization;
using HealthReview.Core.Cvss;
using HealthReview.Core.Results;

namespace HealthReview.Engine.Scoring;

/// <summary>
/// --fail-on and --min-score. The gate only decides the exit code; it never hides or changes a finding.
/// </summary>
/// <param name="FailOn">Fail when an open finding is at or above this severity; null for <c>none</c>.</param>
public sealed record GatePolicy(CvssSeverity? FailOn, double? MinScore)
{
    public static GatePolicy Default { get; } = new(CvssSeverity.High, null);

    public GateResult Evaluate(IReadOnlyList<Finding> findings, PostureScore org)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(org);
        var reasons = new List<string>();
        if (FailOn is { } level)
        {
            reasons.AddRange(findings
                .Where(f => f.IsOpen && f.Severity >= level)
                .OrderByDescending(f => f.Cvss?.Score ?? 0).ThenBy(f => f.App, StringComparer.Ordinal).ThenBy(f => f.RuleId, StringComparer.Ordinal)
                .Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.RuleId} on {f.App} ({f.AppKind}): {f.Severity.ToString().ToLowerInvariant()} {f.Cvss?.Score:0.0}")));
        }

        if (MinScore is { } minimum && (org.Score ?? 0) < minimum)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"org score {(org.Score is { } s ? s.ToString("0.0", CultureInfo.InvariantCulture) : "not rated")} is below --min-score {minimum:0.#}"));
        }

        return new GateResult(FailOn, MinScore, reasons.Count == 0, reasons);
    }
}
