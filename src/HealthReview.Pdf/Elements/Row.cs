using HealthReview.Pdf.Layout;

namespace HealthReview.Pdf.Elements;

/// <summary>
/// Places items side by side. The row is as tall as its tallest item; each item is drawn with
/// that height so backgrounds line up. Items that span pages continue in the same place.
/// </summary>
public sealed class Row : Element
{
    public Row(IReadOnlyList<RowItem> items, float spacing = 0)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfNegative(spacing);
        Items = items;
        Spacing = spacing;
    }

    public IReadOnlyList<RowItem> Items { get; }

    public float Spacing { get; }

    public override IEnumerable<Element> Children => field ??= [.. Items.Select(i => i.Content)];

    public override SpacePlan Measure(LayoutContext context, AvailableSpace space)
    {
        var widths = Widths(context, space);
        if (widths.Sum() + (Spacing * Math.Max(0, Items.Count - 1)) > space.Width + Size.Epsilon)
        {
            return SpacePlan.Wrap(this, "the fixed and auto widths of its items exceed the available width");
        }

        float height = 0;
        bool empty = true, complete = true;
        for (var i = 0; i < Items.Count; i++)
        {
            var plan = context.Measure(Items[i].Content, space with { Width = widths[i] });
            if (plan.IsWrap)
            {
                return plan;
            }

            empty &= plan.Kind == SpacePlanKind.Empty;
            complete &= plan.Completes;
            height = Math.Max(height, plan.Height);
        }

        if (empty)
        {
            return SpacePlan.Empty;
        }

        var width = widths.Sum() + (Spacing * Math.Max(0, Items.Count - 1));
        return complete ? SpacePlan.FullRender(width, height) : SpacePlan.PartialRender(width, height);
    }

    public override void Draw(LayoutContext context, AvailableSpace space)
    {
        var widths = Widths(context, space);
        var x = 0f;
        for (var i = 0; i < Items.Count; i++)
        {
            context.DrawChild(Items[i].Content, x, 0, space with { Width = widths[i] });
            x += widths[i] + Spacing;
        }
    }

    private float[] Widths(LayoutContext context, AvailableSpace space)
    {
        var widths = new float[Items.Count];
        var spacing = Spacing * Math.Max(0, Items.Count - 1);
        var constant = Items.Where(i => i.Sizing == RowItemSizing.Constant).Sum(i => i.Value);
        var left = Math.Max(0, space.Width - spacing - constant);

        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            widths[i] = item.Sizing switch
            {
                RowItemSizing.Constant => item.Value,
                RowItemSizing.Auto => context.Measure(item.Content, space with { Width = left }) is { IsWrap: false } p ? p.Width : 0,
                _ => 0,
            };
        }

        var autoWidth = Items.Select((item, i) => item.Sizing == RowItemSizing.Auto ? widths[i] : 0).Sum();
        var relativeTotal = Items.Where(i => i.Sizing == RowItemSizing.Relative).Sum(i => i.Value);
        var perUnit = relativeTotal > 0 ? Math.Max(0, left - autoWidth) / relativeTotal : 0;
        for (var i = 0; i < Items.Count; i++)
        {
            if (Items[i].Sizing == RowItemSizing.Relative)
            {
                widths[i] = Items[i].Value * perUnit;
            }
        }

        return widths;
    }

    public override string Describe() => $"Row ({Items.Count} items)";
}
