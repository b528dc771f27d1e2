using HealthReview.Core.Model;
using HealthReview.Core.Results;
using HealthReview.Reporting.Html.View;

namespace HealthReview.Reporting.Html;

/// <summary>The apps × controls matrix: worst apps first, one column per control that produced a finding.</summary>
internal static class MatrixViews
{
    /// <summary>A grid of more apps than this is unreadable and slow to open; every app stays in the findings table.</summary>
    public const int MaxRows = 100;

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

        var rows = new List<MatrixRowView>(Math.Min(apps.Count, MaxRows));
        foreach (var (app, kind) in apps.Take(MaxRows))
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

        var note = apps.Count > MaxRows ? $"The {Format.Count(MaxRows)} apps with the lowest scores of {Format.Count(apps.Count)}; the findings table has them all." : null;
        return new MatrixView([.. columns.Select(c => new MatrixColumnView(c.Rule.Id, c.Rule.Title, ReportIndex.RuleAnchor(c.Index)))], rows, note);
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
