namespace HealthReview.Reporting.Html.View;

/// <summary>One declared attestation.</summary>
internal sealed record AttestationView(string Rule, string App, string Value, string By, string Date, string State);
