namespace HealthReview.Reporting.Html.View;

/// <summary>One app of the export.</summary>
internal sealed record AppView(string Name, string KindLabel, string? Label, string? Description, string Score, string Grade, string GradeKey, string Open, IReadOnlyList<string> Files, IReadOnlyList<string> Problems);
