using System.Text.Json.Serialization;

namespace HealthReview.Reporting.Json;

/// <summary>One (app, control) result, as docs/contracts.md describes it.</summary>
public sealed record FindingDocument(
    string RuleId,
    string App,
    string AppKind,
    string Status,
    string Severity,
    CvssDocument? Cvss,
    string? Expected,
    string? Actual,
    LocationDocument? Location,
    string Message,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<ModifierDocument> Modifiers,
    AcceptanceDocument? Acceptance,
    AttestationDocument? Attestation,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Baseline);
