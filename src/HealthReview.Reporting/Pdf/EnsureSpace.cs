using System.Globalization;
using HealthReview.Pdf.Layout;

namespace HealthReview.Reporting.Pdf;

/// <summary>
/// Starts its child on the next page when less than <see cref="MinHeight"/> is left on this one, so a heading is
/// never stranded at the foot of a page without the first lines of what it introduces.
/// </summary>
internal sealed class EnsureSpace(float minHeight, Element child) : Element
{
    public float MinHeight { get; } = minHeight;

    public Element Child { get; } = child;

    public override IEnumerable<Element> Children => [Child];

    public override SpacePlan Measure(LayoutContext context, AvailableSpace space)
    {
        if (!context.GetProgress(this, false) && !space.IsPageTop && space.Height < MinHeight)
        {
            return SpacePlan.Wrap(this, string.Create(CultureInfo.InvariantCulture, $"less than {MinHeight:0.##}pt left on the page"));
        }

        return Child.Measure(context, space);
    }

    public override void Draw(LayoutContext context, AvailableSpace space)
    {
        context.SetProgress(this, true);
        Child.Draw(context, space);
    }

    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"EnsureSpace {MinHeight:0.##}pt");
}
