using HealthReview.Pdf.Layout;

namespace HealthReview.Pdf.Elements;

/// <summary>Empty space around a child, on every page the child appears on.</summary>
public sealed class Padding(Edges edges, Element child) : Element
{
    public Edges Edges { get; } = edges;

    public Element Child { get; } = child ?? throw new ArgumentNullException(nameof(child));

    public override IEnumerable<Element> Children => field ??= [Child];

    public override SpacePlan Measure(LayoutContext context, AvailableSpace space) =>
        Inset.Measure(this, Edges, Child, context, space);

    public override void Draw(LayoutContext context, AvailableSpace space) =>
        context.DrawChild(Child, Edges.Left, Edges.Top, space.Deflate(Edges));

    public override string Describe() => "Padding";
}
