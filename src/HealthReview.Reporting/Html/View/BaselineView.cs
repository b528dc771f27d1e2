namespace HealthReview.Reporting.Html.View;

/// <summary>The comparison with an earlier scan.</summary>
internal sealed record BaselineView(string Source, string PreviousGeneratedAt, string PreviousScore, string? Change, string ChangeKey, string NewCount, string UnchangedCount, IReadOnlyList<ResolvedView> Resolved);
