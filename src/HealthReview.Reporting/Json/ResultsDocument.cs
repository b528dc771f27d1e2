namespace HealthReview.Reporting.Json;

/// <summary>The shape of results.json (see docs/contracts: property names are the contract).</summary>
public sealed record ResultsDocument(
    string SchemaVersion,
    ToolDocument Tool,
    string GeneratedAt,
    IReadOnlyList<InputDocument> Inputs,
    IReadOnlyList<AppDocument> Apps,
    IReadOnlyList<FindingDocument> Findings,
    IReadOnlyList<DiagnosticDocument> Diagnostics,
    IReadOnlyList<string> ScannedPaths);
