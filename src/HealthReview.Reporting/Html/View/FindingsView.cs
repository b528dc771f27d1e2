namespace HealthReview.Reporting.Html.View;

/// <summary>The findings table (the rows printed in the page; the script adds the rest from Data) and its filter choices.</summary>
internal sealed record FindingsView(string Total, IReadOnlyList<FindingView> Rows, string? Printed, RawHtml Data, IReadOnlyList<OptionView> Severities, IReadOnlyList<OptionView> Statuses, IReadOnlyList<OptionView> Kinds, IReadOnlyList<OptionView> Apps, IReadOnlyList<OptionView> Controls);
