using HealthReview.Pdf.Layout;
using SkiaSharp;

namespace HealthReview.Pdf.Elements;

/// <summary>
/// Lines around a child. The lines take space (the child is inset by their thickness), so text
/// never overlaps them; give a side zero thickness to leave it out (e.g. table rules).
/// </summary>
public sealed class Border(Edges thickness, SKColor color, Element child) : Element
{
    public Edges Thickness { get; } = thickness;

    public SKColor Color { get; } = color;

    public Element Child { get; } = child ?? throw new ArgumentNullException(nameof(child));

    public override IEnumerable<Element> Children => field ??= [Child];

    public override SpacePlan Measure(LayoutContext context, AvailableSpace space) =>
        Inset.Measure(this, Thickness, Child, context, space);

    public override void Draw(LayoutContext context, AvailableSpace space)
    {
        if (space.Width > Size.Epsilon && space.Height > Size.Epsilon)
        {
            var (w, h, t) = (space.Width, space.Height, Thickness);
            Fill(context, SKRect.Create(0, 0, w, t.Top));
            Fill(context, SKRect.Create(0, h - t.Bottom, w, t.Bottom));
            Fill(context, SKRect.Create(0, 0, t.Left, h));
            Fill(context, SKRect.Create(w - t.Right, 0, t.Right, h));
        }

        context.DrawChild(Child, Thickness.Left, Thickness.Top, space.Deflate(Thickness));
    }

    public override string Describe() => "Border";

    private void Fill(LayoutContext context, SKRect rectangle)
    {
        if (rectangle.Width > 0 && rectangle.Height > 0)
        {
            context.Canvas.FillRectangle(rectangle, Color);
        }
    }
}
