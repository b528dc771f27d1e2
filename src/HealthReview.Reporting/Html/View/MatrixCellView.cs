namespace HealthReview.Reporting.Html.View;

/// <summary>One (app, control) cell: the status as symbol and colour, linked to its finding.</summary>
internal sealed record MatrixCellView(string Href, string StatusKey, string Symbol, string Letter, string SeverityKey, string Title);
