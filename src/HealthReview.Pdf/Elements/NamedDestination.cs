using HealthReview.Pdf.Layout;
using SkiaSharp;

namespace HealthReview.Pdf.Elements;

/// <summary>Marks where its child starts as a link target (e.g. a finding that the summary links to).</summary>
public sealed class NamedDestination(string name, Element child) : Element
{
    public string Name { get; } = !string.IsNullOrWhiteSpace(name) ? name : throw new ArgumentException("A destination needs a name.", nameof(name));

    public Element Child { get; } = child ?? throw new ArgumentNullException(nameof(child));

    public override IEnumerable<Element> Children => field ??= [Child];

    public override SpacePlan Measure(LayoutContext context, AvailableSpace space) => context.Measure(Child, space);

    public override void Draw(LayoutContext context, AvailableSpace space)
    {
        // Only where the content starts: a target spanning pages should jump to its first page.
        if (!context.GetProgress(this, false))
        {
            context.Canvas.AddNamedDestination(Name, new SKPoint(0, 0));
            context.SetProgress(this, true);
        }

        Child.Draw(context, space);
    }

    public override string Describe() => $"NamedDestination \"{Name}\"";
}
