using HealthReview.Core.Results;
using HealthReview.Reporting.Html.View;

namespace HealthReview.Reporting.Html;

/// <summary>The controls section: each rule's text in Security Health Review's sections, remediation per kind, references.</summary>
internal static class RuleViews
{
    public static IReadOnlyList<RuleView> Build(ScanResult result) =>
        [.. result.Rules.Select((rule, i) => Rule(rule, i))];

    /// <summary>Only http and https references become links; anything else (a <c>javascript:</c> URL) stays text.</summary>
    public static string? SafeHref(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri.AbsoluteUri : null;

    private static RuleView Rule(RuleInfo rule, int index)
    {
        SectionView[] sections =
        [
            new("Overview", rule.Overview),
            new("Security risk if not configured", rule.SecurityRisk),
            new("Threat scenarios", rule.ThreatScenarios),
            new("Risk impact", rule.RiskImpact),
            new("Higher risk when", rule.HigherRiskWhen),
            new("Low risk when", rule.LowRiskWhen),
            new("Business and integration considerations", rule.BusinessConsiderations),
        ];
        return new RuleView(
            ReportIndex.RuleAnchor(index),
            rule.Id,
            rule.Title,
            Format.Int(rule.Revision),
            rule.Recommended,
            [.. sections.Where(s => !string.IsNullOrWhiteSpace(s.Text))],
            [.. rule.Kinds.Select(k => new RemediationView(
                ReportIndex.RemediationAnchor(index, k.Kind),
                Labels.Label(k.Kind),
                k.ControlName,
                k.Setup,
                k.MetadataFile,
                k.MetadataChange?.TrimEnd(),
                Format.Range(k.Range.Min, k.Range.Max),
                k.Vector,
                Format.Score(k.BaseScore),
                k.Vector4))],
            [.. rule.References.Select(r => new ReferenceView(r.Title, SafeHref(r.Url), r.Url))],
            [.. rule.Compliance.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new SectionView(c.Key, string.Join(", ", c.Value)))],
            rule.RiskSource,
            rule.RiskSourceNote,
            rule.Thresholds.Count == 0 ? null : string.Join(", ", rule.Thresholds.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key} = {Format.Number(t.Value)}")),
            rule.Source,
            rule.Sha256);
    }
}
