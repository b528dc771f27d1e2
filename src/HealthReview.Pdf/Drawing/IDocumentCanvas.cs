using HealthReview.Pdf.Layout;

namespace HealthReview.Pdf.Drawing;

/// <summary>A sequence of pages: the PDF writer, the page counter, or a test recorder.</summary>
public interface IDocumentCanvas
{
    IDrawingCanvas BeginPage(Size pageSize);

    void EndPage();
}
