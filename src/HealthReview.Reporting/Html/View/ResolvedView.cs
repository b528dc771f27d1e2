namespace HealthReview.Reporting.Html.View;

/// <summary>A finding open in the baseline and not open now.</summary>
internal sealed record ResolvedView(string RuleId, string App, string Kind, string SeverityKey, string Severity, string Score, string Message, string NowStatusKey, string NowStatus, string NowSymbol);
