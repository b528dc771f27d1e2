namespace HealthReview.Reporting.Html.View;

/// <summary>A context modifier that held for a finding.</summary>
internal sealed record ModifierView(string Id, string Effect, string Metrics, string Reason);
