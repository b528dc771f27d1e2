using System.Globalization;
using HealthReview.Pdf.Elements;
using HealthReview.Pdf.Layout;

namespace HealthReview.Reporting.Pdf;

/// <summary>
/// A heading and what it introduces, stacked. The heading never ends a page on its own: unless at least
/// <see cref="MinNextHeight"/> of what follows fits under it (or all of it), both move to the next page.
/// </summary>
/// <remarks>
/// The decision depends only on how much of the following content fits, so it is the same when a parent re-plans
/// with the height this element measured (as parents do before drawing) as when it first measured.
/// </remarks>
internal sealed class KeepWithNext : Element
{
    private readonly Column column;

    public KeepWithNext(Element heading, Element next, float minNextHeight, float spacing = 0)
    {
        Heading = heading;
        Next = next;
        MinNextHeight = minNextHeight;
        Spacing = spacing;
        column = new Column([heading, next], spacing);
    }

    public Element Heading { get; }

    public Element Next { get; }

    public float MinNextHeight { get; }

    public float Spacing { get; }

    public override IEnumerable<Element> Children => [column];

    public override SpacePlan Measure(LayoutContext context, AvailableSpace space)
    {
        var plan = context.Measure(column, space);
        if (plan.IsWrap || space.IsPageTop || context.GetProgress(column, 0) > 0)
        {
            return plan; // at the top of a page no later page is better; once the heading is drawn, the rest just flows
        }

        var heading = context.Measure(Heading, space);
        if (heading.IsWrap || !heading.Completes)
        {
            // Not even the heading fits whole: it moves on, with what follows.
            return SpacePlan.Wrap(this, "the heading does not fit whole in the space left on this page");
        }

        var offset = heading.Kind == SpacePlanKind.Empty ? 0 : heading.Height + Spacing;
        var next = context.Measure(Next, new AvailableSpace(space.Width, Math.Max(0, space.Height - offset), false));
        if (next.IsWrap || (!next.Completes && next.Height < MinNextHeight))
        {
            return SpacePlan.Wrap(this, string.Create(CultureInfo.InvariantCulture, $"less than {MinNextHeight:0.##}pt of what follows the heading fits on this page"));
        }

        return plan;
    }

    public override void Draw(LayoutContext context, AvailableSpace space) => column.Draw(context, space);

    public override string Describe() => $"KeepWithNext ({Heading.Describe()})";
}
