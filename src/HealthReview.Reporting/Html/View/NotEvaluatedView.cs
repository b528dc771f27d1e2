namespace HealthReview.Reporting.Html.View;

/// <summary>A control that could not be evaluated for one or more apps, for the same reason.</summary>
internal sealed record NotEvaluatedView(string RuleId, string RuleAnchor, string Reason, IReadOnlyList<AppLinkView> Apps);
