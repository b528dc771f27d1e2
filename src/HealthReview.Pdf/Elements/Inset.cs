using HealthReview.Pdf.Layout;

namespace HealthReview.Pdf.Elements;

/// <summary>Shared measuring for elements that surround a child with fixed edges (padding, border).</summary>
internal static class Inset
{
    public static SpacePlan Measure(Element owner, Edges edges, Element child, LayoutContext context, AvailableSpace space)
    {
        var inner = space.Deflate(edges);
        if (inner.Width < 0 || inner.Height < 0)
        {
            return SpacePlan.Wrap(owner, "its edges alone are larger than the available space");
        }

        var plan = context.Measure(child, inner);

        // A finished child leaves nothing behind: no empty padded box on the next page.
        return plan.IsWrap || plan.Kind == SpacePlanKind.Empty
            ? plan
            : plan.Resize(plan.Width + edges.Horizontal, plan.Height + edges.Vertical);
    }
}
