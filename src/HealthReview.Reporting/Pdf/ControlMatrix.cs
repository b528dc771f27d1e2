using HealthReview.Core.Cvss;
using HealthReview.Core.Model;
using HealthReview.Core.Results;
using HealthReview.Pdf;
using HealthReview.Pdf.Elements;
using HealthReview.Pdf.Layout;
using HealthReview.Pdf.Typography;
using SkiaSharp;
using static HealthReview.Reporting.Pdf.ReportBlocks;
using static HealthReview.Reporting.Pdf.ReportFormat;

namespace HealthReview.Reporting.Pdf;

/// <summary>
/// Every app against every control: one cell per check, a severity letter on its colour for a failure (linked to the
/// finding), ✓ for a pass, W for waived, ? for not evaluated, – for not applicable. Control ids head the columns,
/// turned upright; the header repeats on every page.
/// </summary>
internal static class ControlMatrix
{
    /// <summary>More controls than this are split evenly over several tables, so columns stay readable.</summary>
    public const int MaxControlsPerTable = 24;

    private const float AppColumn = 104;
    private const float KindColumn = 26;
    private const float ScoreColumn = 30;
    private static readonly TextStyle HeaderStyle = new() { Size = 6.5f, Color = ReportTheme.White, Bold = true };
    private static readonly TextStyle CellStyle = new() { Size = 7, Bold = true, Color = ReportTheme.White, LineHeight = 1.3f };

    public static Element Create(ReportModel model, PdfFonts fonts)
    {
        var result = model.Result;
        var items = new List<Element>
        {
            Chapter("2", "Apps and controls", ReportModel.MatrixAnchor, model.Pages,
                "One row per app, one column per control. A coloured letter is an open finding of that severity and links to it. Kind is ECA for an External Client App and CA for a Connected App; Score is the app's own posture score."),
            Legend(),
        };

        var controls = result.Rules.Select(r => r.Id).ToList();
        var rows = Rows(model);
        if (controls.Count == 0 || rows.Count == 0)
        {
            items.Add(Paragraph("No app was checked against any control."));
            return new Column(items, spacing: 10);
        }

        var cells = result.Findings.GroupBy(f => (f.App, f.AppKind, f.RuleId)).ToDictionary(g => g.Key, g => g.First());
        var headerHeight = controls.Max(id => fonts.GetFont(HeaderStyle).MeasureText(id)) + 12;
        var tables = (controls.Count + MaxControlsPerTable - 1) / MaxControlsPerTable;
        var perTable = (controls.Count + tables - 1) / tables;
        for (var start = 0; start < controls.Count; start += perTable)
        {
            var chunk = controls.Skip(start).Take(perTable).ToList();
            var table = Table(model, chunk, rows, cells, headerHeight);
            items.Add(controls.Count > MaxControlsPerTable
                ? Section(Invariant($"Controls {start + 1}–{start + chunk.Count} of {controls.Count}"), table, headerHeight + 40)
                : table);
        }

        return new Column(items, spacing: 10);
    }

    private static List<(string App, AppKind Kind, double? Score)> Rows(ReportModel model)
    {
        var scores = model.Summary?.Apps.ToDictionary(a => (a.App, a.Kind), a => a.Score.Score) ?? [];
        var rows = new List<(string, AppKind, double?)>();
        if (model.Result.Findings.Any(f => f.AppKind == AppKind.Org))
        {
            rows.Add(("Org", AppKind.Org, null));
        }

        rows.AddRange(model.Result.Snapshot.Apps.Select(a => (a.Name, a.Kind, scores.TryGetValue((a.Name, a.Kind), out var s) ? s : null)));
        return rows;
    }

    private static Element Table(
        ReportModel model,
        IReadOnlyList<string> controls,
        IReadOnlyList<(string App, AppKind Kind, double? Score)> rows,
        Dictionary<(string, AppKind, string), Finding> cells,
        float headerHeight)
    {
        var columns = new List<TableColumn> { TableColumn.Constant(AppColumn), TableColumn.Constant(KindColumn), TableColumn.Constant(ScoreColumn) };
        columns.AddRange(controls.Select(_ => TableColumn.Relative()));

        var header = new List<Element>
        {
            BottomLabel("App", headerHeight),
            BottomLabel("Kind", headerHeight),
            BottomLabel("Score", headerHeight),
        };
        header.AddRange(controls.Select(id => HeaderCell(UprightLabel(id, headerHeight - 8))));

        var body = rows.Select((row, index) =>
        {
            var shade = index % 2 == 1 ? ReportTheme.Panel : ReportTheme.White;
            var cellsOfRow = new List<Element>
            {
                Shade(new Text(row.Kind == AppKind.Org ? "Org-wide settings" : row.App, ReportTheme.TableBody.WithSize(7.5f)).Padding(4, 2.5f), shade),
                Shade(new Text(ShortKind(row.Kind), ReportTheme.Small.WithSize(7)).Padding(3, 2.5f), shade),
                Shade(new Text(row.Kind == AppKind.Org ? "—" : Score(row.Score), ReportTheme.TableBody.WithSize(7.5f), TextAlignment.Right).Padding(4, 2.5f), shade),
            };
            cellsOfRow.AddRange(controls.Select(id => Cell(model, cells.GetValueOrDefault((row.App, row.Kind, id)), shade)));
            return (IReadOnlyList<Element>)cellsOfRow;
        }).ToList();

        return new Table(columns, body, header);
    }

    private static Element BottomLabel(string text, float headerHeight) =>
        HeaderCell(new Column([new Spacer(Math.Max(0, headerHeight - 18)), new Text(text, HeaderStyle)]));

    private static string ShortKind(AppKind kind) => kind switch
    {
        AppKind.ExternalClientApp => "ECA",
        AppKind.ConnectedApp => "CA",
        _ => "Org",
    };

    private static Element HeaderCell(Element content) => content.Padding(3, 4).Background(ReportTheme.Navy).Border(new Edges(0, 0, 0.5f, 0), ReportTheme.White);

    private static Element Shade(Element content, SKColor shade) => content.Border(new Edges(0, 0, 0, 0.5f), ReportTheme.Rule).Background(shade);

    private static Element UprightLabel(string text, float height) => new Canvas(height, (canvas, size, fonts) =>
    {
        using var paint = new SKPaint { IsAntialias = true, Color = ReportTheme.White };
        var font = fonts.GetFont(HeaderStyle);
        canvas.Save();
        canvas.Translate((size.Width / 2) + (HeaderStyle.Size * 0.36f), size.Height);
        canvas.RotateDegrees(-90);
        canvas.DrawText(text, 0, 0, SKTextAlign.Left, font, paint);
        canvas.Restore();
    }, name: "control " + text);

    private static Element Cell(ReportModel model, Finding? finding, SKColor shade)
    {
        if (finding is null)
        {
            return Shade(new Text(string.Empty, CellStyle).Padding(0, 2.5f), shade);
        }

        var (symbol, colour, filled) = finding.Status switch
        {
            FindingStatus.Fail => (Letter(finding.Severity), ReportTheme.Severity(finding.Severity), true),
            FindingStatus.Waived => ("W", ReportTheme.Waived, false),
            FindingStatus.Pass => ("✓", ReportTheme.Pass, false),
            FindingStatus.NotEvaluated => ("?", ReportTheme.NotEvaluated, false),
            _ => ("–", ReportTheme.Faint, false),
        };

        var text = new Text(symbol, filled ? CellStyle : CellStyle.WithColor(colour), TextAlignment.Center);
        Element cell = filled
            ? text.Padding(1, 1).Background(colour).Padding(1.5f, 1.5f)
            : text.Padding(2.5f, 2.5f);
        cell = Shade(cell, shade);
        if (finding.Status == FindingStatus.Fail && model.IsOpen(finding))
        {
            cell = cell.LinkTo(model.Anchor(finding));
        }
        else if (finding.Status == FindingStatus.Waived)
        {
            cell = cell.LinkTo(ReportModel.AcceptedAnchor);
        }

        return cell;
    }

    private static string Letter(CvssSeverity severity) => severity switch
    {
        CvssSeverity.Critical => "C",
        CvssSeverity.High => "H",
        CvssSeverity.Medium => "M",
        CvssSeverity.Low => "L",
        _ => "·",
    };

    private static Element Legend()
    {
        Element Filled(string letter, SKColor colour, string word) => Inline(4,
            new Text(letter, CellStyle, TextAlignment.Center).Padding(3, 0.5f).Background(colour),
            new Text(word, ReportTheme.Small.WithColor(ReportTheme.Ink)));
        Element Plain(string symbol, SKColor colour, string word) => Inline(4,
            new Text(symbol, CellStyle.WithColor(colour)),
            new Text(word, ReportTheme.Small.WithColor(ReportTheme.Ink)));

        return Inline(12,
            Filled("C", ReportTheme.Critical, "Critical"),
            Filled("H", ReportTheme.High, "High"),
            Filled("M", ReportTheme.Medium, "Medium"),
            Filled("L", ReportTheme.Low, "Low"),
            Plain("W", ReportTheme.Waived, "Waived"),
            Plain("✓", ReportTheme.Pass, "Pass"),
            Plain("?", ReportTheme.NotEvaluated, "Not evaluated"),
            Plain("–", ReportTheme.Faint, "Not applicable"))
            .Padding(8, 6).Background(ReportTheme.Panel);
    }
}
