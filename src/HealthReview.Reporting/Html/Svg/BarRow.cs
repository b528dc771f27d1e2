namespace HealthReview.Reporting.Html.Svg;

/// <summary>One bar of a horizontal bar chart; <see cref="Href"/> is a same-page anchor built by the report.</summary>
internal sealed record BarRow(string Label, IReadOnlyList<BarSegment> Segments, string? Href = null)
{
    public int Total => Segments.Sum(s => s.Count);
}
