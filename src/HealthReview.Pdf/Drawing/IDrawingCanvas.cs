using HealthReview.Pdf.Layout;
using SkiaSharp;

namespace HealthReview.Pdf.Drawing;

/// <summary>
/// The few drawing operations the layout needs. Kept narrow so layout tests can record them
/// with positions, and so the page-counting pass can run on a canvas that draws nothing.
/// </summary>
public interface IDrawingCanvas
{
    void Translate(float dx, float dy);

    /// <summary>Draws one run of text in one style, left-aligned at <paramref name="x"/> on the given baseline.</summary>
    void DrawText(string text, float x, float baseline, SKFont font, SKColor color);

    void FillRectangle(SKRect rectangle, SKColor color);

    /// <summary>Runs custom vector drawing (charts, gauges) clipped to <paramref name="size"/> at the origin.</summary>
    void DrawVector(Size size, VectorPainter painter);

    /// <summary>Marks a point that internal links can jump to.</summary>
    void AddNamedDestination(string name, SKPoint point);

    /// <summary>Makes a rectangle clickable, jumping to a named destination or opening a URL.</summary>
    void AddLink(SKRect rectangle, LinkTarget target);
}
