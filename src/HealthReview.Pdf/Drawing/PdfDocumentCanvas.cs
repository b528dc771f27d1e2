using HealthReview.Pdf.Layout;

namespace HealthReview.Pdf.Drawing;

/// <summary>Pages of a Skia PDF document; the caller owns and closes the document.</summary>
internal sealed class PdfDocumentCanvas(SkiaSharp.SKDocument document, PdfFonts fonts) : IDocumentCanvas
{
    private SkiaDrawingCanvas? current;

    public IDrawingCanvas BeginPage(Size pageSize)
    {
        var canvas = document.BeginPage(pageSize.Width, pageSize.Height);
        current = new SkiaDrawingCanvas(canvas, fonts);
        return current;
    }

    public void EndPage()
    {
        document.EndPage();
        current?.Release();
        current = null;
    }
}
