using HealthReview.Pdf.Layout;
using SkiaSharp;

namespace HealthReview.Pdf.Elements;

/// <summary>Fills the area its parent gives it (not just the child's content) before drawing the child.</summary>
public sealed class Background(SKColor color, Element child) : Element
{
    public SKColor Color { get; } = color;

    public Element Child { get; } = child ?? throw new ArgumentNullException(nameof(child));

    public override IEnumerable<Element> Children => field ??= [Child];

    public override SpacePlan Measure(LayoutContext context, AvailableSpace space) => context.Measure(Child, space);

    public override void Draw(LayoutContext context, AvailableSpace space)
    {
        if (space.Width > Size.Epsilon && space.Height > Size.Epsilon)
        {
            context.Canvas.FillRectangle(SKRect.Create(0, 0, space.Width, space.Height), Color);
        }

        Child.Draw(context, space);
    }

    public override string Describe() => "Background";
}
