using HealthReview.Pdf.Drawing;
using HealthReview.Pdf.Typography;

namespace HealthReview.Pdf.Layout;

/// <summary>
/// Everything one layout pass shares: the canvas of the current page, the fonts, and the
/// progress of elements that span pages. A new context per pass means a fresh start without
/// any reset logic in the elements, and nothing static.
/// </summary>
public sealed class LayoutContext
{
    // Keyed by instance, not by value: two equal-looking texts are still two places in the document.
    private readonly Dictionary<Element, object> progress = new(ReferenceEqualityComparer.Instance);

    // Answers to Measure on the current page; progress only changes when drawing, and a new page starts afresh.
    private readonly Dictionary<Element, MeasureMemo> measured = new(ReferenceEqualityComparer.Instance);

    internal LayoutContext(PdfFonts fonts, TextLayoutCache textLayouts, IDrawingCanvas canvas)
    {
        Fonts = fonts;
        TextLayouts = textLayouts;
        Canvas = canvas;
    }

    public PdfFonts Fonts { get; }

    /// <summary>The canvas of the current page. Measure must not draw on it.</summary>
    public IDrawingCanvas Canvas { get; internal set; }

    public PageContext Page
    {
        get;
        internal set
        {
            field = value;
            measured.Clear();
        }
    }

    /// <summary>
    /// The content area of the current page. An element measured with this height that still does
    /// not fit could never fit on any page, so it should split where it is instead of moving on
    /// (ancestors' padding makes the real space a little smaller, so this errs towards moving).
    /// </summary>
    public Size PageContentSize { get; internal set; }

    internal TextLayoutCache TextLayouts { get; }

    /// <summary>The progress an element recorded in an earlier Draw, or <paramref name="initial"/>.</summary>
    public T GetProgress<T>(Element element, T initial)
        where T : notnull =>
        progress.TryGetValue(element, out var value) ? (T)value : initial;

    /// <summary>Records an element's progress; only Draw should call this.</summary>
    public void SetProgress<T>(Element element, T value)
        where T : notnull
    {
        progress[element] = value;
        measured.Remove(element);
    }

    /// <summary>
    /// Measures <paramref name="element"/> as <see cref="Element.Measure"/> does, reusing an earlier answer on this page
    /// that must be the same. Containers measure children through this: parents measure, then re-plan before drawing, at
    /// every level, and without it deep trees are measured over and over.
    /// </summary>
    public SpacePlan Measure(Element element, AvailableSpace space)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (measured.TryGetValue(element, out var memo) && memo.TryGet(space, out var known))
        {
            return known;
        }

        var plan = element.Measure(this, space);
        if (memo is null)
        {
            memo = new MeasureMemo();
            measured[element] = memo;
        }

        memo.Add(space, plan);
        return plan;
    }

    /// <summary>Forgets the progress of an element and its descendants, so repeated content (a table header) draws again.</summary>
    public void ResetProgress(Element element)
    {
        progress.Remove(element);
        measured.Remove(element);

        foreach (var child in element.Children)
        {
            ResetProgress(child);
        }
    }

    /// <summary>Draws a child with its origin moved by (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public void DrawChild(Element child, float x, float y, AvailableSpace space)
    {
        Canvas.Translate(x, y);
        child.Draw(this, space);
        Canvas.Translate(-x, -y);
    }
}
