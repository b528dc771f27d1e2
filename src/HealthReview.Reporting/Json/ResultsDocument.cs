using System.Text.Json.Serialization;

namespace HealthReview.Reporting.Json;

/// <summary>The shape of results.json (docs: contracts). Property names and enum words are the contract.</summary>
public sealed record ResultsDocument(
    string SchemaVersion,
    ToolDocument Tool,
    string GeneratedAt,
    SummaryDocument? Summary,
    IReadOnlyList<string> ScannedPaths,
    IReadOnlyList<InputDocument> Inputs,
    IReadOnlyList<AppDocument> Apps,
    IReadOnlyList<FindingDocument> Findings,
    IReadOnlyList<DiagnosticDocument> Diagnostics,
    IReadOnlyList<RuleDocument> Rules,
    ConfigDocument? Config,
    IReadOnlyList<UnknownElementDocument> UnknownElements,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] BaselineDocument? Baseline,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ResolvedDocument>? Resolved);
