using HealthReview.Pdf.Layout;

namespace HealthReview.Reporting.Pdf;

/// <summary>
/// Draws its child at the size it measured, not the size its parent hands down: a chip in a tall table row keeps its
/// own height instead of its background filling the row.
/// </summary>
internal sealed class ShrinkToContent(Element child) : Element
{
    public Element Child { get; } = child;

    public override IEnumerable<Element> Children => [Child];

    public override SpacePlan Measure(LayoutContext context, AvailableSpace space) => Child.Measure(context, space);

    public override void Draw(LayoutContext context, AvailableSpace space)
    {
        var plan = Child.Measure(context, space);
        if (plan.IsWrap)
        {
            return;
        }

        Child.Draw(context, new AvailableSpace(Math.Min(space.Width, plan.Width), Math.Min(space.Height, plan.Height), space.IsPageTop));
    }

    public override string Describe() => "ShrinkToContent";
}
