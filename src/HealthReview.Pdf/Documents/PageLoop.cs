using System.Globalization;
using HealthReview.Pdf.Drawing;
using HealthReview.Pdf.Layout;
using HealthReview.Pdf.Typography;

namespace HealthReview.Pdf.Documents;

/// <summary>
/// Lays the content out page by page: per page, build header and footer, measure the content into what is left, draw,
/// and stop once the content is fully drawn. A wrap on an empty page can never succeed later, so it is a layout error
/// instead of an endless run of pages. The content's drawing is recorded (<see cref="Record"/>); once the page total is
/// known, <see cref="Replay"/> draws each page's header and footer with it and replays the content.
/// </summary>
internal sealed class PageLoop(PdfDocument document, PdfFonts fonts, TextLayoutCache textLayouts)
{
    private static readonly NullDocumentCanvas Nothing = new();

    /// <summary>Lays out the content once, recording its drawing page by page; headers and footers see <paramref name="totalPages"/>.</summary>
    public IReadOnlyList<RecordedPage> Record(int totalPages)
    {
        var settings = document.Settings;
        var margins = settings.Margins;
        var inner = Inner();
        var context = new LayoutContext(fonts, textLayouts, Nothing);
        var pages = new List<RecordedPage>();

        for (var number = 1; ; number++)
        {
            if (number > settings.MaxPages)
            {
                throw new PdfLayoutException(Invariant($"The document needs more than {settings.MaxPages} pages; is some content unable to make progress?"))
                { PageNumber = number };
            }

            context.Page = new PageContext(number, totalPages);
            var header = Decoration(context, document.Header, inner, "header");
            var footer = Decoration(context, document.Footer, inner, "footer");
            var contentTop = margins.Top + header.Height;
            var contentHeight = inner.Height - header.Height - footer.Height;
            if (contentHeight <= Size.Epsilon)
            {
                throw new PdfLayoutException(Invariant($"Header and footer leave no room for content on page {number}.")) { PageNumber = number };
            }

            var space = new AvailableSpace(inner.Width, contentHeight, IsPageTop: true);
            context.PageContentSize = space.Size;
            var plan = context.Measure(document.Content, space);
            if (plan.IsWrap)
            {
                throw new PdfLayoutException(Invariant(
                    $"Page {number}: {plan.Culprit?.Describe() ?? "content"} cannot be placed even on an empty page ({space.Width:0.##} x {space.Height:0.##}pt): {plan.Reason}."))
                { Element = plan.Culprit, PageNumber = number };
            }

            var recorder = new ContentRecorder();
            context.Canvas = recorder;
            context.DrawChild(document.Content, margins.Left, contentTop, space.WithHeight(plan.Height));
            context.Canvas = Nothing;
            pages.Add(new RecordedPage(header.Height, footer.Height, recorder.Operations));

            if (plan.Completes)
            {
                return pages;
            }
        }
    }

    /// <summary>
    /// Draws the recorded pages: header and footer built for the final total, the content replayed between them.
    /// The caller has checked that the header and footer heights are the ones the content was laid out with.
    /// </summary>
    public void Replay(IDocumentCanvas canvas, IReadOnlyList<RecordedPage> pages)
    {
        var settings = document.Settings;
        var (pageWidth, pageHeight) = (settings.PageSize.Width, settings.PageSize.Height);
        var margins = settings.Margins;
        var inner = Inner();
        var context = new LayoutContext(fonts, textLayouts, Nothing);
        for (var index = 0; index < pages.Count; index++)
        {
            context.Page = new PageContext(index + 1, pages.Count);
            var header = Decoration(context, document.Header, inner, "header");
            var footer = Decoration(context, document.Footer, inner, "footer");
            context.Canvas = canvas.BeginPage(new Size(pageWidth, pageHeight));
            if (header.Element is not null)
            {
                context.DrawChild(header.Element, margins.Left, margins.Top, new AvailableSpace(inner.Width, header.Measured, true));
            }

            ContentRecorder.Replay(pages[index].Content, context.Canvas);
            if (footer.Element is not null)
            {
                context.DrawChild(footer.Element, margins.Left, pageHeight - margins.Bottom - footer.Measured, new AvailableSpace(inner.Width, footer.Measured, true));
            }

            canvas.EndPage();
            context.Canvas = Nothing;
        }
    }

    /// <summary>The header and footer heights of each page once the total is known, to check they did not change.</summary>
    public IReadOnlyList<(float Header, float Footer)> DecorationHeights(int totalPages)
    {
        var inner = Inner();
        var context = new LayoutContext(fonts, textLayouts, Nothing);
        return Enumerable.Range(1, totalPages).Select(number =>
        {
            context.Page = new PageContext(number, totalPages);
            return (Decoration(context, document.Header, inner, "header").Height, Decoration(context, document.Footer, inner, "footer").Height);
        }).ToList();
    }

    private Size Inner() => new(
        document.Settings.PageSize.Width - document.Settings.Margins.Horizontal,
        document.Settings.PageSize.Height - document.Settings.Margins.Vertical);

    private (Element? Element, float Measured, float Height) Decoration(LayoutContext context, Func<PageContext, Element>? factory, Size inner, string what)
    {
        if (factory is null)
        {
            return (null, 0, 0);
        }

        var element = factory(context.Page);

        // The factory may hand back the same instance every page; it must draw from scratch each time.
        context.ResetProgress(element);
        var plan = element.Measure(context, new AvailableSpace(inner.Width, inner.Height, IsPageTop: true));
        if (!plan.Completes)
        {
            throw new PdfLayoutException(Invariant($"The {what} of page {context.Page.Number} does not fit on the page: {plan}."))
            { Element = plan.Culprit ?? element, PageNumber = context.Page.Number };
        }

        return plan.Kind == SpacePlanKind.Empty
            ? (element, 0, 0)
            : (element, plan.Height, plan.Height + document.Settings.HeaderFooterSpacing);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
