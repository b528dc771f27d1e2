using HealthReview.Core.Model;

namespace HealthReview.Core.Results;

/// <summary>Everything a report needs: what was scanned, when, by what, and what was found.</summary>
public sealed record ScanResult
{
    public const string SchemaVersion = "1.0";

    public required ToolInfo Tool { get; init; }

    /// <summary>The report clock: <c>--now</c>, else SOURCE_DATE_EPOCH, else the system clock.</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    public required ExportSnapshot Snapshot { get; init; }

    /// <summary>One per (app, control), sorted by app, kind, rule id.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>The rules used, sorted by id.</summary>
    public IReadOnlyList<RuleInfo> Rules { get; init; } = [];

    public ScanSummary? Summary { get; init; }

    public ConfigInfo? Config { get; init; }

    /// <summary>Set with --baseline.</summary>
    public BaselineComparison? Baseline { get; init; }

    /// <summary>The handling line printed on every page of document reports (<c>--classification</c>).</summary>
    public string Classification { get; init; } = DefaultClassification;

    public const string DefaultClassification = "Confidential";

    /// <summary>The scoring formula in words, printed in reports.</summary>
    public const string ScoringFormula =
        "score = 100 × (1 − Σ score of failed findings ÷ Σ weight of evaluated findings), where a failed finding weighs its contextual CVSS score "
        + "and a passed or waived one weighs the control's base CVSS score for that kind of app; notApplicable and notEvaluated findings are left out and shown as coverage.";
}
