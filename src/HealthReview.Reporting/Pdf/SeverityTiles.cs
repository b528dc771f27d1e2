using HealthReview.Core.Cvss;
using HealthReview.Pdf.Elements;
using HealthReview.Pdf.Layout;
using HealthReview.Pdf.Typography;
using static HealthReview.Reporting.Pdf.ReportFormat;

namespace HealthReview.Reporting.Pdf;

/// <summary>Four boxes with the number of open findings per severity, each coloured and labelled.</summary>
internal static class SeverityTiles
{
    public static Element Create(ReportModel model)
    {
        var summary = model.Summary;
        (CvssSeverity Severity, int Count)[] counts =
        [
            (CvssSeverity.Critical, summary?.OpenCritical ?? 0),
            (CvssSeverity.High, summary?.OpenHigh ?? 0),
            (CvssSeverity.Medium, summary?.OpenMedium ?? 0),
            (CvssSeverity.Low, summary?.OpenLow ?? 0),
        ];
        var tiles = counts.Select(c => RowItem.Relative(Tile(c.Severity, c.Count)));
        return new Column(
        [
            new Text(Invariant($"OPEN FINDINGS BY SEVERITY — {Number(model.Open.Count)} IN TOTAL"), ReportTheme.Label.WithColor(ReportTheme.Navy)),
            new Row([.. tiles], spacing: 8),
        ], spacing: 6);
    }

    private static Element Tile(CvssSeverity severity, int count) =>
        Tile(severity.ToString().ToUpperInvariant(), Number(count), count == 0 ? ReportTheme.Faint : ReportTheme.Severity(severity), ReportTheme.Severity(severity));

    private static Element Tile(string label, string count, SkiaSharp.SKColor numberColour, SkiaSharp.SKColor stripe) =>
        new Column(
        [
            new Text(count, ReportTheme.H1.WithSize(22).WithColor(numberColour)),
            new Text(label, ReportTheme.Label),
        ], spacing: 1)
            .Padding(new Edges(10, 7, 8, 7))
            .Background(ReportTheme.Panel)
            .Border(new Edges(0, 3, 0, 0), stripe);
}
