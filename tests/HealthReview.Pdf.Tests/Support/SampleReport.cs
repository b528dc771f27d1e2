using System.Globalization;
using HealthReview.Pdf.Documents;
using HealthReview.Pdf.Elements;
using HealthReview.Pdf.Layout;
using HealthReview.Pdf.Typography;
using SkiaSharp;

namespace HealthReview.Pdf.Tests.Support;

/// <summary>A report-like document: cover page, bar chart, and a findings table that spans pages.</summary>
public static class SampleReport
{
    public static readonly DateTimeOffset CreationDate = new(2025, 3, 14, 9, 26, 53, TimeSpan.FromHours(1));

    private static readonly TextStyle Body = TextStyle.Default.WithSize(9);
    private static readonly TextStyle Bold = Body.AsBold();
    private static readonly SKColor Rule = new(0xFFB0B7C3);

    public static string FindingId(int i) => string.Create(CultureInfo.InvariantCulture, $"HR-{i:0000}");

    public static PdfDocument Build(int findings, DateTimeOffset? creationDate = null)
    {
        var settings = new PdfDocumentSettings
        {
            Title = "Salesforce OAuth Health Review",
            Author = "HealthReview",
            Subject = "Connected app security review",
            Keywords = "salesforce, oauth, security",
            Creator = "HealthReview tests",
            CreationDate = creationDate ?? CreationDate,
        };

        var content = new Column(
        [
            new Text("Salesforce OAuth Health Review", TextStyle.Default.WithSize(26).AsBold().WithColor(new SKColor(0xFF1F3A5F))),
            new Text("Acme Corp production org — scan of 14 March 2025", TextStyle.Default.WithSize(13).WithColor(SKColors.DimGray)),
            new Spacer(20),
            new Text([
                new TextSpan("Summary: ", Bold),
                new TextSpan($"{findings} findings across connected apps. Details of the first one are in ", Body),
                new TextSpan("the findings table", Bold.WithColor(SKColors.RoyalBlue)),
                new TextSpan(". Reference: https://help.salesforce.com/s/articleView?id=sf.connected_app_overview.htm&type=5", Body),
            ]).LinkTo("findings"),
            new Text("Findings by severity", Bold.WithSize(12)),
            new Canvas(160, DrawBarChart, name: "severity chart"),
            new PageBreak(),
            new Text("Findings", Bold.WithSize(16)).Destination("findings"),
            FindingsTable(findings),
            new Text("End of report.", Body).KeepTogether(),
        ], spacing: 10);

        return new PdfDocument(settings, content)
        {
            Header = page => new Text("HealthReview — confidential", Body.WithColor(SKColors.Gray), TextAlignment.Right)
                .Border(new Edges(0, 0, 0, 0.5f), Rule),
            Footer = page => new Text($"Page {page.Number} of {page.Total}", Body, TextAlignment.Center),
        };
    }

    private static Table FindingsTable(int count)
    {
        Element Cell(string text, TextStyle style) => new Text(text, style).Padding(3).Border(new Edges(0, 0, 0, 0.5f), Rule);
        Element HeaderCell(string text) => new Text(text, Bold.WithColor(SKColors.White)).Padding(3).Background(new SKColor(0xFF1F3A5F));

        var rows = Enumerable.Range(1, count).Select(i => (IReadOnlyList<Element>)
        [
            Cell(FindingId(i), Body),
            Cell((i % 4) switch { 0 => "Critical", 1 => "High", 2 => "Medium", _ => "Low" }, Bold),
            Cell(i % 7 == 0
                ? $"Connected app 'Integration {i}' allows all users to self-authorize and its refresh tokens are valid until revoked; callback https://integration-{i}.example.com/oauth/callback/with/a/very/long/path/segment/that/cannot/fit/on/one/line/of/the/table/cell"
                : $"Connected app 'App {i}' requests the full scope.", Body),
        ]).ToList();

        return new Table(
            [TableColumn.Constant(55), TableColumn.Constant(55), TableColumn.Relative()],
            rows,
            header: [HeaderCell("Id"), HeaderCell("Severity"), HeaderCell("Finding")]);
    }

    private static void DrawBarChart(SKCanvas canvas, Size size, PdfFonts fonts)
    {
        (string Label, int Value, SKColor Color)[] bars =
        [
            ("Critical", 3, new SKColor(0xFFC0392B)), ("High", 7, new SKColor(0xFFE67E22)),
            ("Medium", 12, new SKColor(0xFFF1C40F)), ("Low", 5, new SKColor(0xFF27AE60)),
        ];
        using var paint = new SKPaint { IsAntialias = true };
        var font = fonts.GetFont(9, bold: false);
        var chartHeight = size.Height - 20;
        var barWidth = size.Width / bars.Length * 0.6f;
        var max = bars.Max(b => b.Value);

        paint.Color = SKColors.LightGray;
        canvas.DrawRect(0, chartHeight, size.Width, 1, paint);
        for (var i = 0; i < bars.Length; i++)
        {
            var x = (size.Width / bars.Length * i) + (barWidth / 3);
            var height = (chartHeight - 14) * bars[i].Value / max; // headroom for the value label
            paint.Color = bars[i].Color;
            canvas.DrawRect(x, chartHeight - height, barWidth, height, paint);
            paint.Color = SKColors.Black;
            canvas.DrawText(bars[i].Label, x, chartHeight + 13, SKTextAlign.Left, font, paint);
            canvas.DrawText(bars[i].Value.ToString(CultureInfo.InvariantCulture), x + 3, chartHeight - height - 3, SKTextAlign.Left, font, paint);
        }
    }
}
