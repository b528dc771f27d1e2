namespace HealthReview.Reporting.Html.Svg;

/// <summary>A part of a bar: a count and the CSS class that colours it (e.g. <c>sev-high</c>).</summary>
internal sealed record BarSegment(string CssClass, string Label, int Count);
