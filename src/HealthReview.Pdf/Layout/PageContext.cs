namespace HealthReview.Pdf.Layout;

/// <summary>
/// The page being laid out. <see cref="Total"/> is 0 during the first pass that counts pages,
/// and the real total in the pass that writes the document.
/// </summary>
public readonly record struct PageContext(int Number, int Total)
{
    public bool IsTotalKnown => Total > 0;
}
