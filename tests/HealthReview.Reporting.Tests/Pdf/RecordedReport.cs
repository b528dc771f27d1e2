using HealthReview.Core.Results;
using HealthReview.Pdf.Documents;
using HealthReview.Pdf.Drawing;
using HealthReview.Pdf.Layout;
using HealthReview.Reporting.Pdf;
using SkiaSharp;

namespace HealthReview.Reporting.Tests.Pdf;

/// <summary>
/// The report laid out onto recording pages instead of PDF: every text run, rectangle, drawing, link and destination with
/// its position and size on the page, as QuestPDF's layout tests inspect a document.
/// </summary>
public sealed class RecordedReport : IDocumentCanvas
{
    private RecordedReport()
    {
    }

    public static PageSize Page => PageSize.A4;

    public List<RecordedPage> Pages { get; } = [];

    public static RecordedReport Of(ScanResult result)
    {
        using var renderer = new PdfRenderer();
        return Of(PdfReportComposer.Compose(result, renderer.Fonts), renderer);
    }

    /// <summary>Any document, e.g. a few report elements on small pages.</summary>
    public static RecordedReport Of(PdfDocument document, PdfRenderer? renderer = null)
    {
        var report = new RecordedReport();
        var owned = renderer is null ? new PdfRenderer() : null;
        try
        {
            var count = (renderer ?? owned!).Render(document, report);
            count.Should().Be(report.Pages.Count);
            return report;
        }
        finally
        {
            owned?.Dispose();
        }
    }

    /// <summary>Where each <see cref="Block"/> was drawn, by name.</summary>
    public IEnumerable<RecordedItem> Blocks => All.Where(i => i.Kind == RecordedKind.Link && i.Label.StartsWith(Block.Prefix, StringComparison.Ordinal))
        .Select(i => i with { Label = i.Label[Block.Prefix.Length..] });

    public IDrawingCanvas BeginPage(Size pageSize)
    {
        var page = new RecordedPage(Pages.Count + 1);
        Pages.Add(page);
        return page;
    }

    public void EndPage()
    {
    }

    public IEnumerable<RecordedItem> All => Pages.SelectMany(p => p.Items);

    /// <summary>The pages (1-based) with a text run containing <paramref name="fragment"/>.</summary>
    public IEnumerable<int> PagesWith(string fragment) =>
        Pages.Where(p => p.Texts.Any(t => t.Label.Contains(fragment, StringComparison.Ordinal))).Select(p => p.Number);

    public sealed class RecordedPage(int number) : IDrawingCanvas
    {
        private float x;
        private float y;

        public int Number { get; } = number;

        public List<RecordedItem> Items { get; } = [];

        public IEnumerable<RecordedItem> Texts => Items.Where(i => i.Kind == RecordedKind.Text);

        public void Translate(float dx, float dy)
        {
            x += dx;
            y += dy;
        }

        public void DrawText(string text, float left, float baseline, SKFont font, SKColor color)
        {
            var metrics = font.Metrics;
            Items.Add(new RecordedItem(RecordedKind.Text, text, SKRect.Create(x + left, y + baseline + metrics.Ascent, font.MeasureText(text), metrics.Descent - metrics.Ascent), Number, font.Size, color));
        }

        public void FillRectangle(SKRect rectangle, SKColor color) => Items.Add(new RecordedItem(RecordedKind.Rectangle, color.ToString(), Offset(rectangle), Number, 0, color));

        public void DrawVector(Size size, VectorPainter painter) => Items.Add(new RecordedItem(RecordedKind.Vector, "vector", Offset(SKRect.Create(size.Width, size.Height)), Number, 0, default));

        public void AddNamedDestination(string name, SKPoint point) => Items.Add(new RecordedItem(RecordedKind.Destination, name, Offset(SKRect.Create(point.X, point.Y, 0, 0)), Number, 0, default));

        public void AddLink(SKRect rectangle, LinkTarget target) => Items.Add(new RecordedItem(RecordedKind.Link, target.Destination ?? target.Url ?? string.Empty, Offset(rectangle), Number, 0, default));

        private SKRect Offset(SKRect rectangle)
        {
            rectangle.Offset(x, y);
            return rectangle;
        }
    }
}
