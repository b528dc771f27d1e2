namespace HealthReview.Pdf.Layout;

/// <summary>
/// The space a parent offers a child, and whether the child would start at the top of a page
/// (nothing placed before it on this page). An element that does not fit at the top of a page
/// will not fit on any later page either, so that is where rows split and KeepTogether gives up.
/// </summary>
public readonly record struct AvailableSpace(float Width, float Height, bool IsPageTop)
{
    public Size Size => new(Width, Height);

    /// <summary>The same space with another height, as a parent hands a child its measured height when drawing.</summary>
    public AvailableSpace WithHeight(float height) => this with { Height = height };

    public AvailableSpace Deflate(Edges edges) =>
        new(Width - edges.Left - edges.Right, Height - edges.Top - edges.Bottom, IsPageTop);

    public override string ToString() =>
        FormattableString.Invariant($"{Width:0.##} x {Height:0.##}{(IsPageTop ? " (page top)" : "")}");
}
