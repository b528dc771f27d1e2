using HealthReview.Pdf.Drawing;
using HealthReview.Pdf.Layout;

namespace HealthReview.Pdf.Tests.Support;

/// <summary>A document canvas that keeps the recorded drawing of every page.</summary>
public sealed class DrawingRecorder : IDocumentCanvas
{
    public List<RecordingCanvas> Pages { get; } = [];

    public IDrawingCanvas BeginPage(Size pageSize)
    {
        var page = new RecordingCanvas();
        Pages.Add(page);
        return page;
    }

    public void EndPage()
    {
    }

    public IEnumerable<DrawnItem> Texts(int page) => Pages[page - 1].Items.Where(i => i.Kind == DrawnKind.Text);

    public IEnumerable<DrawnItem> Probes(int page) => Pages[page - 1].Items.Where(i => i.Kind == DrawnKind.Probe);

    public DrawnItem Probe(int page, string name) => Probes(page).Single(p => p.Label == name);

    /// <summary>The page numbers (1-based) on which text containing <paramref name="fragment"/> was drawn.</summary>
    public IEnumerable<int> PagesWithText(string fragment) =>
        Enumerable.Range(1, Pages.Count).Where(p => Texts(p).Any(t => t.Label.Contains(fragment, StringComparison.Ordinal)));
}
