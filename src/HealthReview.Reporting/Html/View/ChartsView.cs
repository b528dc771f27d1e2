namespace HealthReview.Reporting.Html.View;

/// <summary>The summary's inline SVG charts.</summary>
internal sealed record ChartsView(RawHtml Severity, RawHtml Status, RawHtml ByControl, RawHtml ByApp, string? ByAppNote);
