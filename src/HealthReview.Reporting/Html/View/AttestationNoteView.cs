namespace HealthReview.Reporting.Html.View;

/// <summary>The attestation that decided a finding.</summary>
internal sealed record AttestationNoteView(string Value, string By, string Date);
