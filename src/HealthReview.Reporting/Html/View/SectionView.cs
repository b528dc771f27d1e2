namespace HealthReview.Reporting.Html.View;

/// <summary>A titled block of text.</summary>
internal sealed record SectionView(string Title, string Text);
