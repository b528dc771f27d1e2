using HealthReview.Pdf.Documents;
using HealthReview.Pdf.Layout;

namespace HealthReview.Pdf.Tests.Support;

/// <summary>Lays out content on small pages without margins and returns what was drawn, page by page.</summary>
public static class LayoutHarness
{
    public static readonly DateTimeOffset FixedDate = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public static PdfDocumentSettings Settings(float width, float height, float margin = 0) => new()
    {
        PageSize = new PageSize(width, height),
        Margins = Edges.All(margin),
        HeaderFooterSpacing = 0,
        CreationDate = FixedDate,
        MaxPages = 1_000,
    };

    public static DrawingRecorder Render(float width, float height, Element content) =>
        Render(new PdfDocument(Settings(width, height), content));

    public static DrawingRecorder Render(PdfDocument document)
    {
        var recorder = new DrawingRecorder();
        using var renderer = new PdfRenderer();
        var pages = renderer.Render(document, recorder);
        pages.Should().Be(recorder.Pages.Count);
        return recorder;
    }
}
