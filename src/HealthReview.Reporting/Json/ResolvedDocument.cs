namespace HealthReview.Reporting.Json;

/// <summary>A finding open in the baseline and not open now.</summary>
public sealed record ResolvedDocument(string RuleId, string App, string AppKind, string Severity, double? Score, string Message, string NowStatus);
