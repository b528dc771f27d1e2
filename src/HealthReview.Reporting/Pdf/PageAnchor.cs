using HealthReview.Pdf.Elements;
using HealthReview.Pdf.Layout;

namespace HealthReview.Reporting.Pdf;

/// <summary>
/// Marks where its child starts: a named destination for internal links, and the page number in the registry for the
/// contents page.
/// </summary>
internal sealed class PageAnchor : Element
{
    private readonly Element child;

    public PageAnchor(string name, PageNumberRegistry registry, Element content)
    {
        Name = name;
        Registry = registry;
        child = content.Destination(name);
    }

    public string Name { get; }

    public PageNumberRegistry Registry { get; }

    public override IEnumerable<Element> Children => [child];

    public override SpacePlan Measure(LayoutContext context, AvailableSpace space) => child.Measure(context, space);

    public override void Draw(LayoutContext context, AvailableSpace space)
    {
        if (!context.GetProgress(this, false))
        {
            Registry.Record(Name, context.Page.Number);
            context.SetProgress(this, true);
        }

        child.Draw(context, space);
    }

    public override string Describe() => $"PageAnchor \"{Name}\"";
}
