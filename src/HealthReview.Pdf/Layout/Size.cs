namespace HealthReview.Pdf.Layout;

/// <summary>A width and height in PDF points (1/72 inch).</summary>
public readonly record struct Size(float Width, float Height)
{
    /// <summary>
    /// Tolerance for layout comparisons: Draw re-plans with the height that Measure returned,
    /// and float rounding must not make a line that just fitted stop fitting.
    /// </summary>
    public const float Epsilon = 0.001f;

    public static Size Zero => default;

    public override string ToString() =>
        FormattableString.Invariant($"{Width:0.##} x {Height:0.##}");
}
