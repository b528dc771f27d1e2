namespace HealthReview.Reporting.Json;

/// <summary>One (app, control) result. Filled by the rule engine.</summary>
public sealed record FindingDocument(string RuleId, string App, string AppKind, string Status, string Severity, string Message);
