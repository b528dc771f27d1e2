using HealthReview.Pdf.Drawing;
using HealthReview.Pdf.Layout;
using SkiaSharp;

namespace HealthReview.Pdf.Tests.Support;

/// <summary>Records every drawing call of one page with its absolute position and size.</summary>
public sealed class RecordingCanvas : IDrawingCanvas
{
    /// <summary>Links to destinations with this prefix are <see cref="Probe"/> marks, recorded as probes.</summary>
    public const string ProbePrefix = "probe:";

    private float offsetX;
    private float offsetY;

    public List<DrawnItem> Items { get; } = [];

    public void Translate(float dx, float dy)
    {
        offsetX += dx;
        offsetY += dy;
    }

    public void DrawText(string text, float x, float baseline, SKFont font, SKColor color)
    {
        var metrics = font.Metrics;
        var bounds = SKRect.Create(offsetX + x, offsetY + baseline + metrics.Ascent, font.MeasureText(text), metrics.Descent - metrics.Ascent);
        Items.Add(new DrawnItem(DrawnKind.Text, text, bounds, font.Size, font.Typeface.IsBold));
    }

    public void FillRectangle(SKRect rectangle, SKColor color) =>
        Items.Add(new DrawnItem(DrawnKind.Rectangle, color.ToString(), Offset(rectangle)));

    public void DrawVector(Size size, VectorPainter painter) =>
        Items.Add(new DrawnItem(DrawnKind.Vector, "vector", Offset(SKRect.Create(size.Width, size.Height))));

    public void AddNamedDestination(string name, SKPoint point) =>
        Items.Add(new DrawnItem(DrawnKind.Destination, name, Offset(SKRect.Create(point.X, point.Y, 0, 0))));

    public void AddLink(SKRect rectangle, LinkTarget target) =>
        Items.Add(target.Destination is { } name && name.StartsWith(ProbePrefix, StringComparison.Ordinal)
            ? new DrawnItem(DrawnKind.Probe, name[ProbePrefix.Length..], Offset(rectangle))
            : new DrawnItem(DrawnKind.Link, target.Destination ?? target.Url ?? "", Offset(rectangle)));

    private SKRect Offset(SKRect rectangle)
    {
        rectangle.Offset(offsetX, offsetY);
        return rectangle;
    }
}
