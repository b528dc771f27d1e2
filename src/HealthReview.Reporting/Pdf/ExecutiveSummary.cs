using HealthReview.Core.Cvss;
using HealthReview.Core.Inputs;
using HealthReview.Core.Model;
using HealthReview.Core.Results;
using HealthReview.Pdf.Elements;
using HealthReview.Pdf.Layout;
using HealthReview.Pdf.Typography;
using static HealthReview.Reporting.Pdf.ReportBlocks;
using static HealthReview.Reporting.Pdf.ReportFormat;

namespace HealthReview.Reporting.Pdf;

/// <summary>
/// The page a manager reads: the score, the open findings by severity, where they are, the top risks in plain language
/// and what to do about them.
/// </summary>
internal static class ExecutiveSummary
{
    public const int TopRisks = 5;
    public const int ChartApps = 10;

    public static Element Create(ReportModel model)
    {
        var items = new List<Element>
        {
            Chapter("1", "Executive summary", ReportModel.SummaryAnchor, model.Pages),
            Paragraph(Overview(model)),
            new Row([RowItem.Constant(178, ScoreBox(model)), RowItem.Relative(Facts(model))], spacing: 14),
            SeverityTiles.Create(model),
        };

        var bars = SeverityChart.Bars(model, ChartApps);
        if (bars.Count > 0)
        {
            items.Add(Section(
                model.Open.Select(model.AppLabel).Distinct().Count() > ChartApps
                    ? Invariant($"Open findings of the {ChartApps} most exposed apps")
                    : "Open findings by app",
                SeverityChart.Create(bars)));
        }

        items.Add(Section("Top risks", new Column([.. TopRiskItems(model)], spacing: 10), 70));
        items.Add(new Spacer(4));
        items.Add(new KeepTogether(Actions(model)));
        return new Column(items, spacing: 10);
    }

    private static string Overview(ReportModel model)
    {
        var result = model.Result;
        var summary = model.Summary;
        var apps = Invariant($"{Plural(result.Snapshot.Apps.Count, "OAuth client")} ({Plural(model.AppCount(AppKind.ExternalClientApp), "External Client App")} and {Plural(model.AppCount(AppKind.ConnectedApp), "Connected App")})");
        var score = model.Score is { } s
            ? Invariant($"The org's posture score is {Score(s)} out of 100, graded {model.Grade}.")
            : "No control could be evaluated, so the org has no posture score.";
        var open = model.Open.Count == 0
            ? "No finding is open."
            : Invariant($"{Plural(model.Open.Count, "finding is", "findings are")} open: {summary?.OpenCritical ?? 0} critical, {summary?.OpenHigh ?? 0} high, {summary?.OpenMedium ?? 0} medium and {summary?.OpenLow ?? 0} low.");
        var rest = Invariant($" {Plural(model.Waived, "finding is", "findings are")} covered by a risk acceptance and {Plural(model.NotEvaluated.Count, "check")} could not be evaluated from the export.");
        return Invariant($"HealthReview checked {apps} in {model.ExportName} against {Plural(result.Rules.Count, "security control")} on {Date(result.GeneratedAt)}. {score} {open}{rest}");
    }

    private static Element ScoreBox(ReportModel model) => new Column(
    [
        ScoreGauge.Create(model.Score, 100),
        new Row([RowItem.Relative(new Spacer(0)), RowItem.Auto(Chip(model.Grade, ReportTheme.Grade(model.Score), ReportTheme.Chip.WithSize(8.5f))), RowItem.Relative(new Spacer(0))]),
    ], spacing: 4).Padding(8).Border(0.75f, ReportTheme.Rule);

    private static Element Facts(ReportModel model)
    {
        var org = model.Summary?.Org;
        var facts = new List<(string, Element)>
        {
            ("Posture score", Value(Invariant($"{Score(model.Score)} / 100 — {model.Grade}"), ReportTheme.TableBodyBold)),
            ("Coverage", Value(org is null ? "—" : Invariant($"{org.Evaluated} evaluated, {org.NotEvaluated} not evaluated, {org.NotApplicable} not applicable{(org.Coverage is { } c ? $" ({c:0.#}% of applicable checks)" : string.Empty)}"))),
            ("Open findings", Value(Invariant($"{Number(model.Open.Count)} open, {Number(model.Waived)} waived by a current risk acceptance"))),
            ("CI gate", Value(Gate(model.Summary?.Gate))),
        };
        if (model.Result.Baseline is { } baseline)
        {
            var change = baseline.ScoreChange is { } delta ? Invariant($"{(delta >= 0 ? "+" : "−")}{Math.Abs(delta):0.0} points") : "no score to compare";
            facts.Add(("Since baseline", Value(Invariant(
                $"{change} since {baseline.PreviousGeneratedAt}; {Plural(baseline.Resolved.Count, "finding")} resolved, {Plural(model.Open.Count(f => f.Baseline == BaselineState.New), "new finding")}"))));
        }

        return FactsBox(facts, labelWidth: 84);
    }

    private static string Gate(GateResult? gate)
    {
        if (gate is null)
        {
            return "—";
        }

        var rule = Invariant($"--fail-on {(gate.FailOn is { } level ? level.ToString().ToLowerInvariant() : "none")}{(gate.MinScore is { } min ? $", --min-score {min:0.#}" : string.Empty)}");
        return gate.Passed ? $"Passed ({rule})" : Invariant($"Failed ({rule}) because of {Plural(gate.Reasons.Count, "item")}");
    }

    private static IEnumerable<Element> TopRiskItems(ReportModel model)
    {
        if (model.Open.Count == 0)
        {
            yield return Paragraph("No finding is open.");
            yield break;
        }

        var groups = model.Open.GroupBy(f => f.RuleId, StringComparer.Ordinal).Take(TopRisks).ToList();
        var number = 0;
        foreach (var group in groups)
        {
            number++;
            var worst = group.First();
            var rule = model.Rule(worst.RuleId);
            var apps = group.Select(model.AppLabel).Distinct(StringComparer.Ordinal).ToList();
            var body = new List<Element>
            {
                new Row(
                [
                    RowItem.Auto(Chip(worst.Severity.ToString(), ReportTheme.Severity(worst.Severity))),
                    RowItem.Auto(new Text(Score(worst.Cvss?.Score), ReportTheme.BodyBold)),
                    RowItem.Relative(new Text(model.Title(worst), ReportTheme.BodyBold.WithSize(9.5f))),
                ], spacing: 6),
                Spans(
                    Span(apps.Count == 1 ? "Not met by " : Invariant($"Not met by {apps.Count} apps: "), ReportTheme.Body),
                    Span(List(apps, 8), ReportTheme.BodyBold),
                    Span(Invariant($". Worst case {model.Reference(worst)}, control {worst.RuleId}."), ReportTheme.Body)),
            };
            if (rule is not null)
            {
                body.Add(Paragraph(FirstSentence(rule.SecurityRisk), ReportTheme.Body.WithColor(ReportTheme.Muted)));
                body.Add(Spans(Span("What to do: ", ReportTheme.BodyBold), Span(rule.Recommended, ReportTheme.Body)));
            }

            yield return new KeepTogether(new Row(
            [
                RowItem.Constant(22, new Text(Invariant($"{number}"), ReportTheme.H2.WithColor(ReportTheme.Faint))),
                RowItem.Relative(new Column(body, spacing: 3)),
            ]).LinkTo(model.Anchor(worst)));
        }

        var more = model.Open.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Count() - groups.Count;
        if (more > 0)
        {
            yield return Paragraph(Invariant($"{Plural(more, "more control is", "more controls are")} not met; section 3 lists every open finding."), ReportTheme.Small);
        }
    }

    private static Element Actions(ReportModel model)
    {
        var summary = model.Summary;
        var score = model.Score;
        var band = score switch
        {
            null => "Not rated",
            <= 33 => "Score 0–33",
            < 67 => "Score 34–66",
            _ => "Score 67–100",
        };
        var steps = new List<string>();
        var urgent = (summary?.OpenCritical ?? 0) + (summary?.OpenHigh ?? 0);
        if (urgent > 0)
        {
            var controls = model.Open.Where(f => f.Severity >= CvssSeverity.High).Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Take(3).ToList();
            steps.Add(Invariant($"Remediate the {summary?.OpenCritical ?? 0} critical and {summary?.OpenHigh ?? 0} high findings first, starting with {List(controls)} (section 3 gives the Setup path and the metadata change for each)."));
        }

        if ((summary?.OpenMedium ?? 0) + (summary?.OpenLow ?? 0) > 0)
        {
            steps.Add(Invariant($"Plan the {summary?.OpenMedium ?? 0} medium and {summary?.OpenLow ?? 0} low findings, or record a risk acceptance with a reason, an owner and an expiry date."));
        }

        var expired = model.Accepted.Count(f => f.Acceptance!.Expired);
        if (expired > 0)
        {
            steps.Add(Invariant($"Renew or close {Plural(expired, "expired risk acceptance")} (section 4); {(expired == 1 ? "its finding counts" : "their findings count")} as open again."));
        }

        if (model.NotEvaluated.Count > 0)
        {
            steps.Add(Invariant($"Retrieve the missing metadata, or record attestations, for the {Plural(model.NotEvaluated.Count, "check")} that could not be evaluated (section 5)."));
        }

        var errors = model.Result.Snapshot.Inputs.Count(i => i.Status == InputStatus.Error);
        if (errors > 0)
        {
            steps.Add(Invariant($"Fix or re-retrieve the {Plural(errors, "input file")} that could not be read (section 5, Appendix A)."));
        }

        steps.Add("Scan again after the changes and file the new report with its input inventory (Appendix A) as evidence.");
        return Callout(
            ReportTheme.Navy,
            "Recommended actions",
            Spans(Span(band + ": ", ReportTheme.BodyBold), Span(Grade.Recommendation(score), ReportTheme.BodyBold)),
            Bullets(steps.Select(s => Paragraph(s))));
    }
}
