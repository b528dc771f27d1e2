using HealthReview.Core.Cvss;
using HealthReview.Core.Results;
using HealthReview.Reporting.Html.Svg;
using HealthReview.Reporting.Html.View;

namespace HealthReview.Reporting.Html;

/// <summary>The summary's charts: open findings by severity, findings by status, open findings by control and by app.</summary>
internal static class ChartViews
{
    private const int TopApps = 12;

    private static readonly CvssSeverity[] Open = [CvssSeverity.Critical, CvssSeverity.High, CvssSeverity.Medium, CvssSeverity.Low];

    public static ChartsView Build(ScanResult result, IReadOnlyDictionary<CvssSeverity, int> openBySeverity)
    {
        var open = result.Findings.Where(f => f.IsOpen).ToList();
        var severity = BarChartSvg.Render(
            "Open findings by severity",
            [.. Open.Select(s => new BarRow(Labels.Label(s), [new BarSegment("sev-" + Labels.Key(s), Labels.Label(s), openBySeverity.GetValueOrDefault(s))]))],
            labelWidth: 62,
            width: 300);

        var statuses = Labels.Statuses
            .Select(s => new BarSegment("st-" + Labels.Key(s), Labels.Label(s), result.Findings.Count(f => f.Status == s)))
            .ToList();
        var status = DonutSvg.Render("Findings by status: " + string.Join(", ", statuses.Select(s => $"{Format.Count(s.Count)} {s.Label}")), statuses, "findings");

        var byControl = open.GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .Select(g => Row(g.Key, g))
            .OrderByDescending(r => r.Total).ThenBy(r => r.Label, StringComparer.Ordinal)
            .ToList();

        var byApp = open.GroupBy(f => (f.App, f.AppKind))
            .Select(g => Row(g.Key.AppKind == Core.Model.AppKind.Org ? "Org settings" : $"{g.Key.App} ({Labels.Short(g.Key.AppKind)})", g))
            .OrderByDescending(r => r.Total).ThenBy(r => r.Label, StringComparer.Ordinal)
            .ToList();
        var note = byApp.Count > TopApps ? $"The {TopApps} apps with the most open findings; {Format.Plural(byApp.Count - TopApps, "more app has", "more apps have")} open findings." : null;

        return new ChartsView(
            severity,
            status,
            BarChartSvg.Render("Open findings by control", byControl, labelWidth: 236, maxLabel: 32),
            BarChartSvg.Render("Open findings by app", [.. byApp.Take(TopApps)], labelWidth: 210),
            note);
    }

    private static BarRow Row(string label, IEnumerable<Finding> findings)
    {
        var counts = findings.GroupBy(f => f.Severity).ToDictionary(g => g.Key, g => g.Count());
        return new BarRow(label, [.. Open.Select(s => new BarSegment("sev-" + Labels.Key(s), Labels.Label(s), counts.GetValueOrDefault(s)))]);
    }
}
