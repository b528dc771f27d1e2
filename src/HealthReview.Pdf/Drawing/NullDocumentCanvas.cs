using HealthReview.Pdf.Layout;
using SkiaSharp;

namespace HealthReview.Pdf.Drawing;

/// <summary>Pages that draw nothing: the first pass only needs to know how many pages there are.</summary>
internal sealed class NullDocumentCanvas : IDocumentCanvas, IDrawingCanvas
{
    public IDrawingCanvas BeginPage(Size pageSize) => this;

    public void EndPage()
    {
    }

    public void Translate(float dx, float dy)
    {
    }

    public void DrawText(string text, float x, float baseline, SKFont font, SKColor color)
    {
    }

    public void FillRectangle(SKRect rectangle, SKColor color)
    {
    }

    public void DrawVector(Size size, VectorPainter painter)
    {
    }

    public void AddNamedDestination(string name, SKPoint point)
    {
    }

    public void AddLink(SKRect rectangle, LinkTarget target)
    {
    }
}
