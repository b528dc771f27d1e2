using HealthReview.Pdf.Layout;

namespace HealthReview.Pdf.Elements;

/// <summary>
/// Stacks items vertically with <see cref="Spacing"/> between them. Across pages it remembers
/// the first item not yet fully drawn; that item continues at the top of the next page.
/// </summary>
public sealed class Column : Element
{
    public Column(IReadOnlyList<Element> items, float spacing = 0)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfNegative(spacing);
        Items = items;
        Spacing = spacing;
    }

    public IReadOnlyList<Element> Items { get; }

    public float Spacing { get; }

    public override IEnumerable<Element> Children => Items;

    public override SpacePlan Measure(LayoutContext context, AvailableSpace space)
    {
        var (placed, wrap, complete) = Plan(context, space);
        float height = 0, width = 0;
        var visible = false;
        foreach (var item in placed)
        {
            if (item.Plan.Kind != SpacePlanKind.Empty)
            {
                visible = true;
                height = item.Y + item.Plan.Height;
                width = Math.Max(width, item.Plan.Width);
            }
        }

        if (!visible)
        {
            // Nothing drawable fits: hand the child's reason up so a layout error names it.
            return wrap ?? SpacePlan.Empty;
        }

        return complete ? SpacePlan.FullRender(width, height) : SpacePlan.PartialRender(width, height);
    }

    public override void Draw(LayoutContext context, AvailableSpace space)
    {
        var (placed, _, _) = Plan(context, space);
        var next = context.GetProgress(this, 0);

        foreach (var item in placed)
        {
            context.DrawChild(Items[item.Index], 0, item.Y, item.Space.WithHeight(item.Plan.Height));
            if (item.Plan.Completes)
            {
                next = item.Index + 1;
            }
        }

        context.SetProgress(this, next);
    }

    private (List<Placement> Placed, SpacePlan? Wrap, bool Complete) Plan(LayoutContext context, AvailableSpace space)
    {
        var placed = new List<Placement>();
        var y = 0f;
        var anythingPlaced = false;

        for (var i = context.GetProgress(this, 0); i < Items.Count; i++)
        {
            var offset = anythingPlaced ? y + Spacing : 0;
            var itemSpace = new AvailableSpace(space.Width, Math.Max(0, space.Height - offset), space.IsPageTop && !anythingPlaced);
            var plan = context.Measure(Items[i], itemSpace);

            if (plan.IsWrap)
            {
                return (placed, plan, false);
            }

            placed.Add(new Placement(i, offset, itemSpace, plan));
            if (plan.Kind == SpacePlanKind.Empty)
            {
                continue;
            }

            anythingPlaced = true;
            y = offset + plan.Height;
            if (plan.Kind == SpacePlanKind.PartialRender)
            {
                return (placed, null, false);
            }
        }

        return (placed, null, true);
    }

    public override string Describe() => $"Column ({Items.Count} items)";

    private readonly record struct Placement(int Index, float Y, AvailableSpace Space, SpacePlan Plan);
}
