using System.Globalization;
using HealthReview.Pdf.Layout;
using HealthReview.Pdf.Typography;

namespace HealthReview.Pdf.Elements;

/// <summary>
/// Wrapped text made of styled spans. Across pages it splits between lines, never inside one;
/// its progress is the index of the next line to draw.
/// </summary>
public sealed class Text : Element
{
    public Text(string content, TextStyle? style = null, TextAlignment alignment = TextAlignment.Left)
        : this([new TextSpan(content, style ?? TextStyle.Default)], alignment)
    {
    }

    public Text(IReadOnlyList<TextSpan> spans, TextAlignment alignment = TextAlignment.Left)
    {
        ArgumentNullException.ThrowIfNull(spans);
        Spans = spans;
        Alignment = alignment;
    }

    public IReadOnlyList<TextSpan> Spans { get; }

    public TextAlignment Alignment { get; }

    public override SpacePlan Measure(LayoutContext context, AvailableSpace space) => Plan(context, space).Plan;

    public override void Draw(LayoutContext context, AvailableSpace space)
    {
        var (plan, layout, first, count) = Plan(context, space);
        if (plan.IsWrap || count == 0)
        {
            return;
        }

        var top = 0f;
        foreach (var line in layout.Lines.Skip(first).Take(count))
        {
            var offset = Alignment switch
            {
                TextAlignment.Center => (space.Width - line.Width) / 2,
                TextAlignment.Right => space.Width - line.Width,
                _ => 0,
            };

            foreach (var run in line.Runs)
            {
                context.Canvas.DrawText(run.Content, offset + run.X, top + line.Baseline, context.Fonts.GetFont(run.Style), run.Style.Color);
            }

            top += line.Height;
        }

        context.SetProgress(this, first + count);
    }

    public override string Describe()
    {
        var content = string.Concat(Spans.Select(s => s.Content)).ReplaceLineEndings(" ");
        return content.Length <= 40 ? $"Text \"{content}\"" : $"Text \"{content[..40]}…\"";
    }

    private (SpacePlan Plan, TextBlockLayout Layout, int First, int Count) Plan(LayoutContext context, AvailableSpace space)
    {
        var layout = context.TextLayouts.Get(this, Spans, space.Width);
        var first = context.GetProgress(this, 0);
        if (first >= layout.Lines.Count)
        {
            return (SpacePlan.Empty, layout, first, 0);
        }

        if (layout.Overflows)
        {
            return (SpacePlan.Wrap(this, Invariant($"a single character is wider than the available {space.Width:0.##}pt")), layout, first, 0);
        }

        float height = 0, width = 0;
        var count = 0;
        for (var i = first; i < layout.Lines.Count && height + layout.Lines[i].Height <= space.Height + Size.Epsilon; i++)
        {
            height += layout.Lines[i].Height;
            width = Math.Max(width, layout.Lines[i].Width);
            count++;
        }

        if (count == 0)
        {
            var needed = layout.Lines[first].Height;
            return (SpacePlan.Wrap(this, Invariant($"a line needs {needed:0.##}pt of height but only {space.Height:0.##}pt is available")), layout, first, 0);
        }

        var plan = first + count == layout.Lines.Count
            ? SpacePlan.FullRender(width, height)
            : SpacePlan.PartialRender(width, height);
        return (plan, layout, first, count);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
