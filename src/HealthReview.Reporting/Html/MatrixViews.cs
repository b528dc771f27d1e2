using HealthReview.Core.Model;
using HealthReview.Core.Results;
using HealthReview.Reporting.Html.View;

namespace HealthReview.Reporting.Html;

/// <summary>The apps × controls matrix: worst apps first, one column per control that produced a finding.</summary>
internal static class MatrixViews
{
    public static MatrixView Build(ScanResult result, ReportIndex index)
    {
        var used = result.Findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
        var columns = result.Rules
            .Select((rule, i) => (Rule: rule, Index: i))
            .Where(r => used.Contains(r.Rule.Id))
            .ToList();
        var scores = result.Summary?.Apps.ToDictionary(a => (a.App, a.Kind), a => a.Score) ?? [];
        var apps = result.Findings.Select(f => (f.App, f.AppKind)).Distinct()
            .OrderBy(a => a.AppKind == AppKind.Org ? 1 : 0)
            .ThenBy(a => scores.GetValueOrDefault(a)?.Score ?? double.MaxValue)
            .ThenBy(a => a.App, StringComparer.Ordinal)
            .ThenBy(a => a.AppKind)
            .ToList();

        var rows = new List<MatrixRowView>(apps.Count);
        foreach (var (app, kind) in apps)
        {
            var score = scores.GetValueOrDefault((app, kind));
            var cells = new List<MatrixCellView?>(columns.Count);
            foreach (var (rule, _) in columns)
            {
                cells.Add(index.Finding(rule.Id, app, kind) is { } i ? Cell(result.Findings[i], i, rule) : null);
            }

            rows.Add(new MatrixRowView(
                kind == AppKind.Org ? "Org settings" : app,
                Labels.Short(kind),
                Labels.Label(kind),
                score is null ? Format.Dash : Format.Score(score.Score),
                GradeKeys.For(score?.Grade),
                cells));
        }

        return new MatrixView([.. columns.Select(c => new MatrixColumnView(c.Rule.Id, c.Rule.Title, ReportIndex.RuleAnchor(c.Index)))], rows);
    }

    private static MatrixCellView Cell(Finding finding, int index, RuleInfo rule)
    {
        var counts = finding.Status is FindingStatus.Fail or FindingStatus.Waived;
        var severity = counts ? $" — {Labels.Label(finding.Severity)} {Format.Score(finding.Cvss?.Score)}" : string.Empty;
        return new MatrixCellView(
            "#" + ReportIndex.FindingId(index),
            Labels.Key(finding.Status),
            Labels.Symbol(finding.Status),
            counts ? Labels.Letter(finding.Severity) : string.Empty,
            counts ? Labels.Key(finding.Severity) : "none",
            $"{rule.Id}: {Labels.Label(finding.Status)}{severity}");
    }
}
