namespace HealthReview.Reporting.Html.View;

/// <summary>An element this version does not know (its text is never kept).</summary>
internal sealed record UnknownElementView(string Type, string Element, string Where);
