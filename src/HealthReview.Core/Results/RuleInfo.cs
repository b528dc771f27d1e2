namespace HealthReview.Core.Results;

/// <summary>
/// What a report needs to know about a control, independent of the engine that evaluated it, so reports can be
/// re-rendered from results.json alone.
/// </summary>
public sealed record RuleInfo
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required int Revision { get; init; }

    public required string Recommended { get; init; }

    public required string Overview { get; init; }

    public required string SecurityRisk { get; init; }

    public required string ThreatScenarios { get; init; }

    public required string RiskImpact { get; init; }

    public required string HigherRiskWhen { get; init; }

    public required string LowRiskWhen { get; init; }

    public required string BusinessConsiderations { get; init; }

    public required IReadOnlyList<RuleKindInfo> Kinds { get; init; }

    public IReadOnlyList<RuleReferenceInfo> References { get; init; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Compliance { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public required string RiskSource { get; init; }

    public string? RiskSourceNote { get; init; }

    /// <summary>The thresholds used in this scan (the rule's, overridden by the config file).</summary>
    public IReadOnlyDictionary<string, double> Thresholds { get; init; } = new Dictionary<string, double>();

    public required string Source { get; init; }

    public required string Sha256 { get; init; }
}
