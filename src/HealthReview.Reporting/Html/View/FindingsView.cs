namespace HealthReview.Reporting.Html.View;

/// <summary>The findings table and its filter choices.</summary>
internal sealed record FindingsView(string Total, IReadOnlyList<FindingView> Rows, IReadOnlyList<OptionView> Severities, IReadOnlyList<OptionView> Statuses, IReadOnlyList<OptionView> Kinds, IReadOnlyList<OptionView> Apps, IReadOnlyList<OptionView> Controls);
