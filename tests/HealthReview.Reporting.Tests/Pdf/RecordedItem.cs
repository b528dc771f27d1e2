using SkiaSharp;

namespace HealthReview.Reporting.Tests.Pdf;

/// <summary>One drawing call of a recorded page, in page coordinates (points from the top-left corner).</summary>
public sealed record RecordedItem(RecordedKind Kind, string Label, SKRect Bounds, int Page, float FontSize, SKColor Color)
{
    public override string ToString() =>
        FormattableString.Invariant($"{Kind} '{Label}' on page {Page} at ({Bounds.Left:0.##}, {Bounds.Top:0.##}) size {Bounds.Width:0.##} x {Bounds.Height:0.##}");
}
