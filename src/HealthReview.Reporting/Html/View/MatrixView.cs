namespace HealthReview.Reporting.Html.View;

/// <summary>The apps × controls grid.</summary>
internal sealed record MatrixView(IReadOnlyList<MatrixColumnView> Columns, IReadOnlyList<MatrixRowView> Rows, string? Note);
