using HealthReview.Pdf.Layout;
using HealthReview.Pdf.Typography;

namespace HealthReview.Reporting.Pdf;

/// <summary>
/// One right-aligned line showing the page an anchor starts on. Its size never depends on the number, and the number
/// is painted only when the page is written, after the layout pass has recorded every anchor's page (the contents come
/// before the sections they list).
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

        context.Canvas.DrawVector(new Size(space.Width, style.Size * style.LineHeight), (canvas, size, fonts) =>
        {
            var text = registry.Label(anchor);
            if (text.Length == 0)
            {
                return;
            }

            var font = fonts.GetFont(style);
            var metrics = font.Metrics;
            var baseline = ((size.Height - (metrics.Descent - metrics.Ascent)) / 2) - metrics.Ascent;
            using var paint = new SkiaSharp.SKPaint { IsAntialias = true, Color = style.Color };
            canvas.DrawText(text, size.Width, baseline, SkiaSharp.SKTextAlign.Right, font, paint);
        });

        context.SetProgress(this, true);
    }

    public override string Describe() => $"PageNumberText \"{anchor}\"";
}
