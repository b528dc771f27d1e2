using HealthReview.Core.Cvss;
using HealthReview.Engine.Scoring;

namespace HealthReview.Cli;

/// <summary>Parses --fail-on and --min-score.</summary>
public static class GateOptions
{
    public static GatePolicy Parse(string? failOn, double? minScore)
    {
        CvssSeverity? level = (failOn ?? "high").ToLowerInvariant() switch
        {
            "critical" => CvssSeverity.Critical,
            "high" => CvssSeverity.High,
            "medium" => CvssSeverity.Medium,
            "low" => CvssSeverity.Low,
            "none" => null,
            var other => throw new UsageException($"--fail-on '{other}' must be one of critical, high, medium, low, none"),
        };
        if (minScore is { } min && (min < 0 || min > 100 || double.IsNaN(min)))
        {
            throw new UsageException("--min-score must be between 0 and 100");
        }

        return new GatePolicy(level, minScore);
    }
}
