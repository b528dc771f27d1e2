using System.Globalization;
using HealthReview.Pdf.Drawing;
using HealthReview.Pdf.Layout;

namespace HealthReview.Pdf.Elements;

/// <summary>
/// Custom vector drawing (charts, gauges) of a fixed height, as wide as offered unless a width
/// is given. It never splits: if it does not fit it moves to the next page; taller than a page
/// is a layout error naming it.
/// </summary>
public sealed class Canvas(float height, VectorPainter painter, float? width = null, string? name = null) : Element
{
    public float Height { get; } = height > 0 ? height : throw new ArgumentOutOfRangeException(nameof(height));

    public float? Width { get; } = width;

    public string? Name { get; } = name;

    public VectorPainter Painter { get; } = painter ?? throw new ArgumentNullException(nameof(painter));

    public override SpacePlan Measure(LayoutContext context, AvailableSpace space)
    {
        if (context.GetProgress(this, false))
        {
            return SpacePlan.Empty;
        }

        var width = Width ?? space.Width;
        if (width > space.Width + Size.Epsilon || Height > space.Height + Size.Epsilon)
        {
            return SpacePlan.Wrap(this, string.Create(
                CultureInfo.InvariantCulture,
                $"it needs {width:0.##} x {Height:0.##}pt but {space.Width:0.##} x {space.Height:0.##}pt is available"));
        }

        return SpacePlan.FullRender(width, Height);
    }

    public override void Draw(LayoutContext context, AvailableSpace space)
    {
        if (Measure(context, space).IsWrap || context.GetProgress(this, false))
        {
            return;
        }

        context.Canvas.DrawVector(new Size(Width ?? space.Width, Height), Painter);
        context.SetProgress(this, true);
    }

    public override string Describe() => Name is null ? "Canvas" : $"Canvas \"{Name}\"";
}
