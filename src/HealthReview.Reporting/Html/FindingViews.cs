using HealthReview.Core.Results;
using HealthReview.Reporting.Html.View;

namespace HealthReview.Reporting.Html;

/// <summary>Findings in the table's default order (most in need of attention first) and their row views.</summary>
internal static class FindingViews
{
    /// <summary>Status (fail first), then severity, score, app and control: the order a reviewer works in.</summary>
    public static IReadOnlyList<int> DefaultOrder(IReadOnlyList<Finding> findings) =>
        [.. Enumerable.Range(0, findings.Count)
            .OrderByDescending(i => Labels.Rank(findings[i].Status))
            .ThenByDescending(i => Labels.Rank(findings[i].Severity))
            .ThenByDescending(i => Sortable(findings[i]))
            .ThenBy(i => findings[i].App, StringComparer.Ordinal)
            .ThenBy(i => findings[i].AppKind)
            .ThenBy(i => findings[i].RuleId, StringComparer.Ordinal)];

    public static FindingView For(Finding finding, int index, ReportIndex lookup)
    {
        var rule = lookup.Rule(finding.RuleId);
        var counts = finding.Status is FindingStatus.Fail or FindingStatus.Waived;
        return new FindingView(
            Id: ReportIndex.FindingId(index),
            SeverityKey: Labels.Key(finding.Severity),
            Severity: Labels.Label(finding.Severity),
            SeverityRank: Format.Int(Labels.Rank(finding.Severity)),
            Score: counts && finding.Cvss is { } c ? Format.Score(c.Score) : Format.Dash,
            ScoreSort: Format.Number(Sortable(finding)),
            StatusKey: Labels.Key(finding.Status),
            Status: Labels.Label(finding.Status),
            Symbol: Labels.Symbol(finding.Status),
            StatusRank: Format.Int(Labels.Rank(finding.Status)),
            RuleId: finding.RuleId,
            RuleTitle: rule?.Info.Title ?? string.Empty,
            RuleIndex: Format.Int(rule?.Index ?? -1),
            RuleAnchor: rule is null ? string.Empty : ReportIndex.RuleAnchor(rule.Index),
            App: finding.App,
            AppIndex: Format.Int(lookup.AppIndex(finding.App, finding.AppKind)),
            KindKey: Labels.Key(finding.AppKind),
            Kind: Labels.Label(finding.AppKind),
            KindShort: Labels.Short(finding.AppKind),
            Message: finding.Message,
            Expected: finding.Expected,
            Actual: finding.Actual,
            Location: finding.Location is { } l ? (l.Line is { } line ? $"{l.Path}:{Format.Int(line)}" : l.Path) : null,
            Reasons: finding.Reasons,
            Cvss: finding.Cvss is { } cvss ? Cvss(cvss) : null,
            Modifiers: [.. finding.Modifiers.Select(m => new ModifierView(m.Id, m.Effect, Metrics(m.Metrics), m.Reason))],
            Acceptance: finding.Acceptance is { } a ? new AcceptanceNoteView(a.Reason, a.Owner, Format.Date(a.Expires), a.Expired) : null,
            Attestation: finding.Attestation is { } t ? new AttestationNoteView(t.Value, t.By, Format.Date(t.Date)) : null,
            BaselineKey: finding.Baseline is { } b ? (b == BaselineState.New ? "new" : "unchanged") : null,
            Baseline: finding.Baseline is { } s ? (s == BaselineState.New ? "New" : "Unchanged") : null,
            RemediationAnchor: rule is not null && rule.Info.Kinds.Any(k => k.Kind == finding.AppKind) ? ReportIndex.RemediationAnchor(rule.Index, finding.AppKind) : null);
    }

    public static string Metrics(IReadOnlyDictionary<string, string> metrics) =>
        string.Join("/", metrics.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => $"{m.Key}:{m.Value}"));

    private static CvssView Cvss(FindingCvss c) =>
        new(c.Vector, c.ContextualVector, Format.Score(c.BaseScore), Format.Score(c.Score), Format.Range(c.Range.Min, c.Range.Max), c.Vector4);

    // Failed and waived findings sort by their contextual score; the others have none that counts.
    private static double Sortable(Finding finding) =>
        finding.Status is FindingStatus.Fail or FindingStatus.Waived && finding.Cvss is { } c ? c.Score : -1;
}
