namespace HealthReview.Reporting.Html.View;

/// <summary>One loader diagnostic.</summary>
internal sealed record DiagnosticView(string SeverityKey, string Severity, string Code, string Where, string Message);
