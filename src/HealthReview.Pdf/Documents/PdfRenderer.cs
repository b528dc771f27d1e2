using HealthReview.Pdf.Drawing;
using HealthReview.Pdf.Layout;
using HealthReview.Pdf.Typography;
using SkiaSharp;

namespace HealthReview.Pdf.Documents;

/// <summary>
/// Lays out a <see cref="PdfDocument"/> and writes it as PDF. A first pass on a canvas that draws
/// nothing counts the pages, so headers and footers can show "Page X of Y" in the real pass.
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
        var (loop, total) = Prepare(document);

        using var pdf = SKDocument.CreatePdf(output, Metadata(document.Settings))
            ?? throw new InvalidOperationException("Skia could not create a PDF document.");
        var pages = loop.Run(new PdfDocumentCanvas(pdf, Fonts), total).Count;
        pdf.Close();
        return pages;
    }

    /// <summary>Lays the document out onto any page sink (tests record the drawing) and returns the number of pages.</summary>
    public int Render(PdfDocument document, IDocumentCanvas canvas)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(canvas);
        var (loop, total) = Prepare(document);
        return loop.Run(canvas, total).Count;
    }

    public void Dispose() => Fonts.Dispose();

    private (PageLoop Loop, int TotalPages) Prepare(PdfDocument document)
    {
        EnsureEachElementAppearsOnce(document.Content);
        var loop = new PageLoop(document, Fonts, new TextLayoutCache(Fonts));

        var decorations = loop.Run(new NullDocumentCanvas(), totalPages: 0);
        for (var pass = 1; pass < MaxCountingPasses; pass++)
        {
            if (decorations.SequenceEqual(loop.DecorationHeights(decorations.Count)))
            {
                break;
            }

            decorations = loop.Run(new NullDocumentCanvas(), decorations.Count);
        }

        return (loop, decorations.Count);
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

            foreach (var child in element.Children)
            {
                pending.Push(child);
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
