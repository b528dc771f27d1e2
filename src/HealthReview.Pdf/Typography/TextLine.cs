namespace HealthReview.Pdf.Typography;

/// <summary>One laid-out line: its runs, its box height and where its baseline sits from the top of the box.</summary>
internal sealed record TextLine(IReadOnlyList<TextRun> Runs, float Width, float Height, float Baseline);
