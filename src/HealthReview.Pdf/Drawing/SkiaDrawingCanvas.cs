using HealthReview.Pdf.Layout;
using SkiaSharp;

namespace HealthReview.Pdf.Drawing;

/// <summary>Draws onto a Skia canvas (a PDF page).</summary>
internal sealed class SkiaDrawingCanvas(SKCanvas canvas, PdfFonts fonts) : IDrawingCanvas
{
    // One paint per colour for the whole page instead of one per text run.
    private readonly Dictionary<SKColor, SKPaint> paints = [];

    public void Translate(float dx, float dy) => canvas.Translate(dx, dy);

    public void DrawText(string text, float x, float baseline, SKFont font, SKColor color) =>
        canvas.DrawText(text, x, baseline, SKTextAlign.Left, font, Paint(color));

    public void FillRectangle(SKRect rectangle, SKColor color) => canvas.DrawRect(rectangle, Paint(color));

    public void DrawVector(Size size, VectorPainter painter)
    {
        var saved = canvas.Save();
        canvas.ClipRect(SKRect.Create(size.Width, size.Height));
        painter(canvas, size, fonts);
        canvas.RestoreToCount(saved);
    }

    public void AddNamedDestination(string name, SKPoint point) => canvas.DrawNamedDestinationAnnotation(point, name);

    public void AddLink(SKRect rectangle, LinkTarget target)
    {
        if (target.Destination is { } destination)
        {
            canvas.DrawLinkDestinationAnnotation(rectangle, destination);
        }
        else if (target.Url is { } url)
        {
            canvas.DrawUrlAnnotation(rectangle, url);
        }
    }

    /// <summary>Releases the paints once the page is finished.</summary>
    public void Release()
    {
        foreach (var paint in paints.Values)
        {
            paint.Dispose();
        }

        paints.Clear();
    }

    private SKPaint Paint(SKColor color)
    {
        if (!paints.TryGetValue(color, out var paint))
        {
            paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
            paints.Add(color, paint);
        }

        return paint;
    }
}
