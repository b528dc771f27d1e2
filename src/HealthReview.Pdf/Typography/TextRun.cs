namespace HealthReview.Pdf.Typography;

/// <summary>Part of a line in one style, drawn with one call; <see cref="X"/> is from the line start.</summary>
internal sealed record TextRun(string Content, TextStyle Style, float X, float Width);
