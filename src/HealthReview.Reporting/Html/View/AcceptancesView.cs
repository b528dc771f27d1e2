namespace HealthReview.Reporting.Html.View;

/// <summary>Risk acceptances declared in the config file, and the findings they waive.</summary>
internal sealed record AcceptancesView(IReadOnlyList<AcceptanceView> Declared, string? Source, string? Sha256, IReadOnlyList<AttestationView> Attestations);
