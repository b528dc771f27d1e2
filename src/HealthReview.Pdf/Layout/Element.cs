namespace HealthReview.Pdf.Layout;

/// <summary>
/// A piece of page content. Elements are immutable descriptions; the progress of an element
/// that spans pages (which line or row comes next) lives in the <see cref="LayoutContext"/>,
/// so one tree can be laid out several times (page counting pass, then the real pass).
/// An element instance must appear only once in a document tree.
/// </summary>
public abstract class Element
{
    /// <summary>
    /// Plans the element's remaining content into <paramref name="space"/> without drawing or
    /// changing progress. May be called any number of times before <see cref="Draw"/>.
    /// </summary>
    public abstract SpacePlan Measure(LayoutContext context, AvailableSpace space);

    /// <summary>
    /// Draws what <see cref="Measure"/> planned for the same space at the canvas origin and
    /// records the progress. Parents pass the measured height, not the full available height.
    /// </summary>
    public abstract void Draw(LayoutContext context, AvailableSpace space);

    /// <summary>Direct children, used to validate the tree and to reset repeated content (table headers).</summary>
    public virtual IEnumerable<Element> Children => [];

    /// <summary>A short human description for layout errors.</summary>
    public virtual string Describe() => GetType().Name;

    public override string ToString() => Describe();
}
