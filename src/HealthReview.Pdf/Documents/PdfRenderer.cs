using HealthReview.Pdf.Drawing;
using HealthReview.Pdf.Layout;
using HealthReview.Pdf.Typography;
using SkiaSharp;

namespace HealthReview.Pdf.Documents;

/// <summary>
/// Lays out a <see cref="PdfDocument"/> and writes it as PDF. A first pass lays the content out and
/// records its drawing while counting the pages; the writing pass then draws each page's header and
/// footer with the total ("Page X of Y") and replays the recorded content, without laying it out again.
/// Holds the embedded fonts; reuse one renderer for several documents, from one thread at a time.
/// </summary>
public sealed class PdfRenderer : IDisposable
{
    // Header and footer heights rarely depend on the total, but if they do the count is redone.
    private const int MaxCountingPasses = 3;

    public PdfRenderer()
    {
        Fonts = PdfFonts.LoadEmbedded();
    }

    public PdfFonts Fonts { get; }

    /// <summary>Writes the PDF to <paramref name="output"/> and returns the number of pages.</summary>
    public int Render(PdfDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var (loop, pages) = Prepare(document);

        // Skia writes the PDF in many small pieces; into native memory first, then one copy to the caller's stream,
        // instead of a call back into managed code for each piece.
        using (var buffer = new SKDynamicMemoryWStream())
        {
            using (var pdf = SKDocument.CreatePdf(buffer, Metadata(document.Settings))
                ?? throw new InvalidOperationException("Skia could not create a PDF document."))
            {
                loop.Replay(new PdfDocumentCanvas(pdf, Fonts), pages);
                pdf.Close();
            }

            using var data = buffer.DetachAsData();
            output.Write(data.AsSpan());
        }

        return pages.Count;
    }

    /// <summary>Lays the document out onto any page sink (tests record the drawing) and returns the number of pages.</summary>
    public int Render(PdfDocument document, IDocumentCanvas canvas)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(canvas);
        var (loop, pages) = Prepare(document);
        loop.Replay(canvas, pages);
        return pages.Count;
    }

    public void Dispose() => Fonts.Dispose();

    private (PageLoop Loop, IReadOnlyList<RecordedPage> Pages) Prepare(PdfDocument document)
    {
        // Walking a large tree takes a while; it runs beside the first layout pass (it only reads the tree), and its
        // verdict comes first: a shared element can make the layout fail in confusing ways.
        var check = Task.Run(() => EnsureEachElementAppearsOnce(document.Content));
        (PageLoop Loop, IReadOnlyList<RecordedPage> Pages) prepared;
        try
        {
            prepared = Lay(document);
        }
        catch
        {
            check.GetAwaiter().GetResult(); // a shared element explains a failed layout better than the failure itself
            throw;
        }

        check.GetAwaiter().GetResult();
        return prepared;
    }

    private (PageLoop Loop, IReadOnlyList<RecordedPage> Pages) Lay(PdfDocument document)
    {
        var loop = new PageLoop(document, Fonts, new TextLayoutCache(Fonts));

        var pages = loop.Record(totalPages: 0);
        for (var pass = 1; ; pass++)
        {
            var heights = loop.DecorationHeights(pages.Count);
            if (pages.Select(p => (p.HeaderHeight, p.FooterHeight)).SequenceEqual(heights))
            {
                return (loop, pages);
            }

            if (pass == MaxCountingPasses)
            {
                throw new PdfLayoutException("The header or footer height keeps changing with the page total, so the page count never settles.");
            }

            pages = loop.Record(pages.Count);
        }
    }

    private static void EnsureEachElementAppearsOnce(Element root)
    {
        // Progress is kept per instance, so a shared instance would be drawn once and then be "done".
        var seen = new HashSet<Element>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<Element>([root]);
        while (pending.TryPop(out var element))
        {
            if (!seen.Add(element))
            {
                throw new ArgumentException(
                    $"{element.Describe()} appears more than once in the document; create a new element for each place.", nameof(root));
            }

            // Most containers keep their children in a list: index it rather than allocate an enumerator per element.
            var children = element.Children;
            if (children is IReadOnlyList<Element> list)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    pending.Push(list[i]);
                }
            }
            else
            {
                foreach (var child in children)
                {
                    pending.Push(child);
                }
            }
        }
    }

    private static SKDocumentPdfMetadata Metadata(PdfDocumentSettings settings) => new()
    {
        Title = settings.Title,
        Author = settings.Author,
        Subject = settings.Subject,
        Keywords = settings.Keywords,
        Creator = settings.Creator,
        Producer = settings.Producer,
        Creation = settings.CreationDate.UtcDateTime,
        Modified = (settings.ModifiedDate ?? settings.CreationDate).UtcDateTime,
        RasterDpi = SKDocument.DefaultRasterDpi,
        EncodingQuality = 101,
        PdfA = false,
    };
}
