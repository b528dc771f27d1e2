namespace HealthReview.Reporting.Html.View;

/// <summary>One declared risk acceptance.</summary>
internal sealed record AcceptanceView(string Rule, string App, string Reason, string Owner, string Expires, string StateKey, string State, string? Href);
