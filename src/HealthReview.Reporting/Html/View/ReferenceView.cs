namespace HealthReview.Reporting.Html.View;

/// <summary>A reference link; Href is null unless the URL is http or https.</summary>
internal sealed record ReferenceView(string Title, string? Href, string Url);
