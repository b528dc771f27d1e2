namespace HealthReview.Reporting.Html.View;

/// <summary>The acceptance that waives a finding (or expired and no longer does).</summary>
internal sealed record AcceptanceNoteView(string Reason, string Owner, string Expires, bool Expired);
