namespace HealthReview.Reporting.Html.View;

/// <summary>A control: its text sections, per-kind remediation and risk, references.</summary>
internal sealed record RuleView(string Anchor, string Id, string Title, string Revision, string Recommended, IReadOnlyList<SectionView> Sections, IReadOnlyList<RemediationView> Kinds, IReadOnlyList<ReferenceView> References, IReadOnlyList<SectionView> Compliance, string RiskSource, string? RiskSourceNote, string? Thresholds, string Source, string Sha256);
