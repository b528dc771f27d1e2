namespace HealthReview.Reporting.Json;

/// <summary>The control text and risk of each rule used, so reports can be re-rendered from results.json alone.</summary>
public sealed record RuleDocument(
    string Id,
    string Title,
    int Revision,
    string Recommended,
    RuleTextDocument Text,
    IReadOnlyList<RuleKindDocument> Kinds,
    IReadOnlyList<ReferenceDocument> References,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Compliance,
    string RiskSource,
    string? RiskSourceNote,
    IReadOnlyDictionary<string, double> Thresholds,
    string Source,
    string Sha256);
