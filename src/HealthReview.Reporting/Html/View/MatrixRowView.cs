namespace HealthReview.Reporting.Html.View;

/// <summary>An app's row of the matrix.</summary>
internal sealed record MatrixRowView(string App, string KindShort, string KindLabel, string Score, string GradeKey, IReadOnlyList<MatrixCellView?> Cells);
