namespace HealthReview.Reporting.Html.View;

/// <summary>An app named in a list, linked to its finding.</summary>
internal sealed record AppLinkView(string Href, string App, string Kind);
