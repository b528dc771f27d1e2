using HealthReview.Pdf.Layout;
using HealthReview.Pdf.Typography;

namespace HealthReview.Reporting.Pdf;

/// <summary>
/// One right-aligned line showing the page an anchor starts on. Its size never depends on the number, so the layout is
/// the same in the counting pass (number unknown) and the writing pass.
/// </summary>
internal sealed class PageNumberText(string anchor, PageNumberRegistry registry, TextStyle style) : Element
{
    public override SpacePlan Measure(LayoutContext context, AvailableSpace space)
    {
        if (context.GetProgress(this, false))
        {
            return SpacePlan.Empty;
        }

        var height = style.Size * style.LineHeight;
        return height <= space.Height + Size.Epsilon ? SpacePlan.FullRender(space.Width, height) : SpacePlan.Wrap(this, "no room for one line");
    }

    public override void Draw(LayoutContext context, AvailableSpace space)
    {
        if (context.GetProgress(this, false))
        {
            return;
        }

        var text = registry.Label(anchor);
        if (text.Length > 0)
        {
            var font = context.Fonts.GetFont(style);
            var metrics = font.Metrics;
            var box = style.Size * style.LineHeight;
            var baseline = ((box - (metrics.Descent - metrics.Ascent)) / 2) - metrics.Ascent;
            context.Canvas.DrawText(text, space.Width - font.MeasureText(text), baseline, font, style.Color);
        }

        context.SetProgress(this, true);
    }

    public override string Describe() => $"PageNumberText \"{anchor}\"";
}
