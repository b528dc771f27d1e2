namespace HealthReview.Pdf.Documents;

/// <summary>Page dimensions in points.</summary>
public readonly record struct PageSize(float Width, float Height)
{
    public static PageSize A4 => new(595.28f, 841.89f);

    public static PageSize Letter => new(612, 792);

    public PageSize Landscape() => Width > Height ? this : new(Height, Width);
}
