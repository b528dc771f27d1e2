using HealthReview.Pdf.Drawing;
using HealthReview.Pdf.Layout;
using SkiaSharp;

namespace HealthReview.Pdf.Elements;

/// <summary>Makes the area its child draws on clickable, on every page the child appears on.</summary>
public sealed class Link(LinkTarget target, Element child) : Element
{
    public LinkTarget Target { get; } = target ?? throw new ArgumentNullException(nameof(target));

    public Element Child { get; } = child ?? throw new ArgumentNullException(nameof(child));

    public override IEnumerable<Element> Children => field ??= [Child];

    public override SpacePlan Measure(LayoutContext context, AvailableSpace space) => context.Measure(Child, space);

    public override void Draw(LayoutContext context, AvailableSpace space)
    {
        // Measured before drawing: drawing moves the child's progress on.
        var plan = context.Measure(Child, space);
        Child.Draw(context, space);

        if (!plan.IsWrap && plan.Width > 0 && plan.Height > 0)
        {
            context.Canvas.AddLink(SKRect.Create(0, 0, plan.Width, plan.Height), Target);
        }
    }

    public override string Describe() => "Link";
}
