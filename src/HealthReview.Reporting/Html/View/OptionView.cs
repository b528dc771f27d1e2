namespace HealthReview.Reporting.Html.View;

/// <summary>A filter choice: the value the script compares, the label a person reads.</summary>
internal sealed record OptionView(string Value, string Label, string Symbol, string Count);
