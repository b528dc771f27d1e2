namespace HealthReview.Reporting.Html.View;

/// <summary>The org's posture score, its grade and how much could be evaluated.</summary>
internal sealed record ScoreView(string Text, string Grade, string GradeKey, string Recommendation, RawHtml Gauge, string Coverage, string Evaluated, string NotApplicable, string NotEvaluated, string Waived, string Total, string Formula);
