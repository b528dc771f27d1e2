using SkiaSharp;

namespace HealthReview.Pdf.Tests.Support;

/// <summary>One recorded drawing operation, in page coordinates (points from the top-left of the page).</summary>
public sealed record DrawnItem(DrawnKind Kind, string Label, SKRect Bounds, float FontSize = 0, bool Bold = false)
{
    public override string ToString() =>
        FormattableString.Invariant($"{Kind} '{Label}' at ({Bounds.Left:0.##}, {Bounds.Top:0.##}) size {Bounds.Width:0.##} x {Bounds.Height:0.##}");
}
