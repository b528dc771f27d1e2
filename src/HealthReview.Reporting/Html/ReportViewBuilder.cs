using HealthReview.Core.Cvss;
using HealthReview.Core.Results;
using HealthReview.Reporting.Html.Svg;
using HealthReview.Reporting.Html.View;

namespace HealthReview.Reporting.Html;

/// <summary>Maps a <see cref="ScanResult"/> to the page's view: every string formatted, every order fixed.</summary>
internal static class ReportViewBuilder
{
    public static ReportView Build(ScanResult result, string style, string script, int printedRows)
    {
        ArgumentNullException.ThrowIfNull(result);
        var index = new ReportIndex(result);
        var open = OpenBySeverity(result);
        var scope = Scope(result);
        return new ReportView(
            $"Security health review — {scope.Name}",
            ContentSecurityPolicy.For(style, script),
            new RawHtml(style),
            new RawHtml(script),
            scope,
            Score(result),
            Gate(result.Summary?.Gate),
            Baseline(result),
            [.. open.Select(o => new CountView(Labels.Key(o.Key), Labels.Label(o.Key), string.Empty, Format.Count(o.Value), o.Value == 0))],
            [.. Labels.Statuses.Select(s => Count(s, result.Findings.Count(f => f.Status == s)))],
            ChartViews.Build(result, open),
            MatrixViews.Build(result, index),
            Findings(result, index, printedRows),
            AppendixViews.Acceptances(result, index),
            AppendixViews.NotEvaluated(result, index),
            AppendixViews.Inventory(result.Snapshot),
            AppendixViews.Apps(result),
            RuleViews.Build(result));
    }

    private static IReadOnlyDictionary<CvssSeverity, int> OpenBySeverity(ScanResult result)
    {
        if (result.Summary is { } s)
        {
            return new Dictionary<CvssSeverity, int>
            {
                [CvssSeverity.Critical] = s.OpenCritical,
                [CvssSeverity.High] = s.OpenHigh,
                [CvssSeverity.Medium] = s.OpenMedium,
                [CvssSeverity.Low] = s.OpenLow,
            };
        }

        var counts = result.Findings.Where(f => f.IsOpen).GroupBy(f => f.Severity).ToDictionary(g => g.Key, g => g.Count());
        return new[] { CvssSeverity.Critical, CvssSeverity.High, CvssSeverity.Medium, CvssSeverity.Low }.ToDictionary(s => s, s => counts.GetValueOrDefault(s));
    }

    private static ScopeView Scope(ScanResult result)
    {
        var paths = result.Snapshot.ScannedPaths;
        var name = paths.Count switch
        {
            0 => "export",
            1 => paths[0],
            _ => $"{paths[0]} and {Format.Plural(paths.Count - 1, "more path", "more paths")}",
        };
        return new ScopeView(
            name,
            paths,
            Format.Timestamp(result.GeneratedAt),
            result.Tool.Name,
            result.Tool.Version,
            result.Tool.RulesVersion,
            Format.Count(result.Rules.Count),
            Format.Count(result.Snapshot.Apps.Count),
            Format.Count(result.Findings.Count),
            result.Config?.Source,
            result.Config?.Sha256);
    }

    private static ScoreView Score(ScanResult result)
    {
        var org = result.Summary?.Org;
        var grade = org?.Grade ?? Grade.NotRated;
        var key = GradeKeys.For(grade);
        var coverage = org?.Coverage is { } c ? $"{Format.Score(c)}% of applicable checks evaluated" : "No applicable checks";
        return new ScoreView(
            Format.Score(org?.Score),
            grade,
            key,
            Grade.Recommendation(org?.Score),
            GaugeSvg.Render(org?.Score, grade, key),
            coverage,
            Format.Count(org?.Evaluated ?? 0),
            Format.Count(org?.NotApplicable ?? 0),
            Format.Count(org?.NotEvaluated ?? 0),
            Format.Count(result.Findings.Count(f => f.Status == FindingStatus.Waived)),
            Format.Count(org?.Total ?? 0),
            ScanResult.ScoringFormula);
    }

    private static GateView Gate(GateResult? gate)
    {
        if (gate is null)
        {
            return new GateView(true, "no gate", []);
        }

        var rule = $"--fail-on {(gate.FailOn is { } level ? Labels.Key(level) : "none")}{(gate.MinScore is { } min ? $", --min-score {Format.Number(min)}" : string.Empty)}";
        return new GateView(gate.Passed, rule, gate.Reasons);
    }

    private static BaselineView? Baseline(ScanResult result)
    {
        if (result.Baseline is not { } b)
        {
            return null;
        }

        return new BaselineView(
            b.Source,
            b.PreviousGeneratedAt,
            Format.Score(b.PreviousScore),
            b.ScoreChange is { } change ? Format.Signed(change) : null,
            b.ScoreChange switch { > 0 => "up", < 0 => "down", _ => "same" },
            Format.Count(result.Findings.Count(f => f.Baseline == BaselineState.New)),
            Format.Count(result.Findings.Count(f => f.Baseline == BaselineState.Unchanged)),
            [.. b.Resolved.Select(r => new ResolvedView(
                r.RuleId,
                r.App,
                Labels.Short(r.AppKind),
                Labels.Key(r.Severity),
                Labels.Label(r.Severity),
                Format.Score(r.Score),
                r.Message,
                Labels.Key(r.NowStatus),
                Labels.Label(r.NowStatus),
                Labels.Symbol(r.NowStatus)))]);
    }

    private static FindingsView Findings(ScanResult result, ReportIndex index, int printedRows)
    {
        var findings = result.Findings;
        var views = findings.Select((f, i) => FindingViews.For(f, i, index)).ToArray();
        var order = FindingViews.DefaultOrder(findings);
        var printed = Math.Min(printedRows, order.Count);
        return new FindingsView(
            Format.Count(findings.Count),
            [.. order.Take(printed).Select(i => views[i])],
            printed < order.Count ? Format.Count(printed) : null,
            FindingsJson.Write(result, views, order, printed, index),
            [.. Labels.Severities.Select(s => new OptionView(Labels.Key(s), Labels.Label(s), string.Empty, Format.Count(findings.Count(f => f.Severity == s))))],
            [.. Labels.Statuses.Select(s => new OptionView(Labels.Key(s), Labels.Label(s), Labels.Symbol(s), Format.Count(findings.Count(f => f.Status == s))))],
            [.. Labels.Kinds.Select(k => new OptionView(Labels.Key(k), Labels.Label(k), string.Empty, Format.Count(findings.Count(f => f.AppKind == k))))],
            [.. index.Apps.Select((a, i) => new OptionView(Format.Int(i), a.Kind == Core.Model.AppKind.Org ? "Org settings" : $"{a.App} ({Labels.Short(a.Kind)})", string.Empty, string.Empty))],
            [.. result.Rules.Select((r, i) => new OptionView(Format.Int(i), r.Id, string.Empty, string.Empty))]);
    }

    private static CountView Count(FindingStatus status, int count) =>
        new(Labels.Key(status), Labels.Label(status), Labels.Symbol(status), Format.Count(count), count == 0);
}
