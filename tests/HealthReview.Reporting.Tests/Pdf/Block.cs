using HealthReview.Pdf.Drawing;
using HealthReview.Pdf.Layout;
using SkiaSharp;

namespace HealthReview.Reporting.Tests.Pdf;

/// <summary>
/// A solid block of fixed height that never splits, like QuestPDF's test elements; it reports where it was drawn as a
/// link to "block:NAME", so the position survives the renderer's record and replay.
/// </summary>
public sealed class Block(string name, float height) : Element
{
    public const string Prefix = "block:";

    public override SpacePlan Measure(LayoutContext context, AvailableSpace space)
    {
        if (context.GetProgress(this, false))
        {
            return SpacePlan.Empty;
        }

        return height <= space.Height + Size.Epsilon ? SpacePlan.FullRender(space.Width, height) : SpacePlan.Wrap(this, "block does not fit");
    }

    public override void Draw(LayoutContext context, AvailableSpace space)
    {
        if (context.GetProgress(this, false))
        {
            return;
        }

        context.Canvas.AddLink(SKRect.Create(0, 0, space.Width, height), LinkTarget.ToDestination(Prefix + name));
        context.SetProgress(this, true);
    }

    public override string Describe() => $"Block {name}";
}
