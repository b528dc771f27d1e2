namespace HealthReview.Pdf.Typography;

/// <summary>
/// The lines of a text at one width. <see cref="Overflows"/> is set when a single character is
/// wider than the width, which the element reports as a layout problem rather than drawing outside.
/// </summary>
internal sealed record TextBlockLayout(IReadOnlyList<TextLine> Lines, bool Overflows);
