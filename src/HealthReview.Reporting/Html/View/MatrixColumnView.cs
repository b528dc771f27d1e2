namespace HealthReview.Reporting.Html.View;

/// <summary>A control heading of the matrix.</summary>
internal sealed record MatrixColumnView(string Id, string Title, string Anchor);
