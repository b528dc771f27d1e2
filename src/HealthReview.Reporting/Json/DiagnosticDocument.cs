namespace HealthReview.Reporting.Json;

/// <summary>A problem with an input: severity info, warning or error; the path, line and column where known.</summary>
public sealed record DiagnosticDocument(string Severity, string Code, string Path, int? Line, int? Column, string Message);
