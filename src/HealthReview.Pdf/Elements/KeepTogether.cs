using HealthReview.Pdf.Layout;

namespace HealthReview.Pdf.Elements;

/// <summary>
/// Moves its child to the next page when it does not fit whole in the space left on this one.
/// A child that could never fit on a page (or is already at the top of one, where no later page
/// is better) is laid out normally, split across pages, rather than leaving a gap or looping.
/// </summary>
public sealed class KeepTogether(Element child) : Element
{
    public Element Child { get; } = child ?? throw new ArgumentNullException(nameof(child));

    public override IEnumerable<Element> Children => field ??= [Child];

    public override SpacePlan Measure(LayoutContext context, AvailableSpace space)
    {
        var plan = context.Measure(Child, space);
        if (plan.Completes || plan.IsWrap || space.IsPageTop || !FitsOnAPage(context, space))
        {
            return plan;
        }

        return SpacePlan.Wrap(this, "its content does not fit whole in the space left on this page");
    }

    public override void Draw(LayoutContext context, AvailableSpace space) => Child.Draw(context, space);

    public override string Describe() => "KeepTogether";

    private bool FitsOnAPage(LayoutContext context, AvailableSpace space) =>
        context.Measure(Child, new AvailableSpace(space.Width, context.PageContentSize.Height, IsPageTop: true)).Completes;
}
