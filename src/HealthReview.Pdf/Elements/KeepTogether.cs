using HealthReview.Pdf.Layout;

namespace HealthReview.Pdf.Elements;

/// <summary>
/// Moves its child to the next page when it does not fit whole in the space left on this one.
/// At the top of a page there is no better page to wait for, so a child taller than a page
/// is then laid out normally (split across pages) rather than looping or failing.
/// </summary>
public sealed class KeepTogether(Element child) : Element
{
    public Element Child { get; } = child ?? throw new ArgumentNullException(nameof(child));

    public override IEnumerable<Element> Children => [Child];

    public override SpacePlan Measure(LayoutContext context, AvailableSpace space)
    {
        var plan = Child.Measure(context, space);
        if (plan.Completes || space.IsPageTop)
        {
            return plan;
        }

        return plan.IsWrap ? plan : SpacePlan.Wrap(this, "its content does not fit whole in the space left on this page");
    }

    public override void Draw(LayoutContext context, AvailableSpace space) => Child.Draw(context, space);

    public override string Describe() => "KeepTogether";
}
