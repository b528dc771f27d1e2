using HealthReview.Pdf.Layout;

namespace HealthReview.Pdf.Elements;

/// <summary>
/// Ends the current page. At the top of a page it does nothing, so a break right after another
/// break (or at the start of the document) does not produce a blank page.
/// </summary>
public sealed class PageBreak : Element
{
    public override SpacePlan Measure(LayoutContext context, AvailableSpace space) =>
        context.GetProgress(this, false) || space.IsPageTop
            ? SpacePlan.Empty
            : SpacePlan.PartialRender(0, 0); // takes nothing, yet leaves work for the next page: the page ends

    public override void Draw(LayoutContext context, AvailableSpace space)
    {
        if (!space.IsPageTop)
        {
            context.SetProgress(this, true);
        }
    }
}
