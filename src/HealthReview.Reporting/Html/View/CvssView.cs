namespace HealthReview.Reporting.Html.View;

/// <summary>A finding's risk: vectors, scores and the control's range.</summary>
internal sealed record CvssView(string Vector, string ContextualVector, string BaseScore, string Score, string Range, string? Vector4);
