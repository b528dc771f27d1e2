using HealthReview.Pdf.Drawing;
using HealthReview.Pdf.Layout;

namespace HealthReview.Pdf.Tests.Support;

/// <summary>
/// A solid block of fixed size that reports where it was drawn, like QuestPDF's mock elements.
/// It does not split: taller than the space left, it waits for the next page.
/// </summary>
public sealed class Probe(string name, float height, float? width = null) : Element
{
    public string Name { get; } = name;

    public override SpacePlan Measure(LayoutContext context, AvailableSpace space)
    {
        if (context.GetProgress(this, false))
        {
            return SpacePlan.Empty;
        }

        var width1 = width ?? space.Width;
        return height <= space.Height + Size.Epsilon && width1 <= space.Width + Size.Epsilon
            ? SpacePlan.FullRender(width1, height)
            : SpacePlan.Wrap(this, "probe does not fit");
    }

    public override void Draw(LayoutContext context, AvailableSpace space)
    {
        if (context.GetProgress(this, false))
        {
            return;
        }

        // Reported through the canvas interface (as a link rectangle), so it survives the renderer's record and replay.
        context.Canvas.AddLink(SkiaSharp.SKRect.Create(0, 0, width ?? space.Width, height), LinkTarget.ToDestination(RecordingCanvas.ProbePrefix + Name));
        context.SetProgress(this, true);
    }

    public override string Describe() => $"Probe {Name}";
}
