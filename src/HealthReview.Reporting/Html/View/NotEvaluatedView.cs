namespace HealthReview.Reporting.Html.View;

/// <summary>A finding that could not be evaluated, and why.</summary>
internal sealed record NotEvaluatedView(string Href, string RuleId, string App, string Kind, string Reason);
