namespace HealthReview.Engine.Config;

/// <summary>healthreview.yaml: threshold overrides, risk acceptances, attestations and context facts.</summary>
public sealed record ScanConfig
{
    public static ScanConfig Empty { get; } = new();

    /// <summary>Rule id → threshold name → value.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Thresholds { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, double>>();

    public IReadOnlyList<RiskAcceptance> Acceptances { get; init; } = [];

    public IReadOnlyList<Attestation> Attestations { get; init; } = [];

    /// <summary>App name → fact → value.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, bool>> AppFacts { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, bool>>();

    public IReadOnlyDictionary<string, bool> OrgFacts { get; init; } = new Dictionary<string, bool>();

    /// <summary>The file it came from and its SHA-256, for the report appendix; null without a config file.</summary>
    public string? Source { get; init; }

    public string? Sha256 { get; init; }
}
