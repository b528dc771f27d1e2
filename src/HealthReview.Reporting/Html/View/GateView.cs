namespace HealthReview.Reporting.Html.View;

/// <summary>The CI gate's verdict; it changes the exit code only.</summary>
internal sealed record GateView(bool Passed, string Rule, IReadOnlyList<string> Reasons);
