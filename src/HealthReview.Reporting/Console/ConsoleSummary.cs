using System.Globalization;
using HealthReview.Core.Cvss;
using HealthReview.Core.Results;
using Spectre.Console;

namespace HealthReview.Reporting.Console;

/// <summary>The console's verdict: score and grade, open findings by severity, the worst of them, and the gate.</summary>
public static class ConsoleSummary
{
    public static void Write(IAnsiConsole console, ScanResult result, int worst = 10)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Summary is not { } summary)
        {
            return;
        }

        var org = summary.Org;
        var score = org.Score is { } s ? s.ToString("0.0", CultureInfo.InvariantCulture) : "—";
        console.WriteLine();
        console.MarkupLine(Invariant($"[bold]Posture score {score} / 100 — {Markup.Escape(org.Grade)}[/]  (coverage: {org.Evaluated} evaluated, {org.NotEvaluated} not evaluated, {org.NotApplicable} not applicable)"));
        console.MarkupLine(Invariant($"Open findings: [{Colour(CvssSeverity.Critical)}]{summary.OpenCritical} critical[/], [{Colour(CvssSeverity.High)}]{summary.OpenHigh} high[/], [{Colour(CvssSeverity.Medium)}]{summary.OpenMedium} medium[/], {summary.OpenLow} low; {result.Findings.Count(f => f.Status == FindingStatus.Waived)} waived"));

        var open = result.Findings.Where(f => f.IsOpen)
            .OrderByDescending(f => f.Cvss?.Score ?? 0).ThenBy(f => f.App, StringComparer.Ordinal).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
        if (open.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple).AddColumn("Score").AddColumn("Severity").AddColumn("Control").AddColumn("App").AddColumn("Where");
            foreach (var finding in open.Take(worst))
            {
                var colour = Colour(finding.Severity);
                table.AddRow(
                    Invariant($"{finding.Cvss?.Score:0.0}"),
                    $"[{colour}]{finding.Severity.ToString().ToUpperInvariant()}[/]",
                    Markup.Escape(finding.RuleId),
                    Markup.Escape(finding.App),
                    Markup.Escape(finding.Location is { } l ? (l.Line is { } line ? Invariant($"{Path.GetFileName(l.Path)}:{line}") : Path.GetFileName(l.Path)) : string.Empty));
            }

            console.MarkupLine(open.Count > worst ? Invariant($"Worst {worst} of {open.Count} open findings:") : "Open findings:");
            console.Write(table);
        }

        var notEvaluated = result.Findings.Count(f => f.Status == FindingStatus.NotEvaluated);
        if (notEvaluated > 0)
        {
            console.MarkupLine(Invariant($"[yellow]{notEvaluated} finding{(notEvaluated == 1 ? " was" : "s were")} not evaluated: the export lacks the data (see the reports for what to retrieve).[/]"));
        }

        if (result.Baseline is { } baseline)
        {
            var change = baseline.ScoreChange is { } delta ? string.Create(CultureInfo.InvariantCulture, $"score {(delta >= 0 ? "+" : string.Empty)}{delta:0.0}") : "score change unknown";
            var added = result.Findings.Count(f => f.Baseline == BaselineState.New);
            var unchanged = result.Findings.Count(f => f.Baseline == BaselineState.Unchanged);
            console.MarkupLine(Markup.Escape(Invariant($"Since the baseline of {baseline.PreviousGeneratedAt}: {change}; {added} new, {unchanged} unchanged, {baseline.Resolved.Count} resolved.")));
            foreach (var finding in result.Findings.Where(f => f.Baseline == BaselineState.New && f.IsOpen))
            {
                console.MarkupLine(Markup.Escape(Invariant($"  new: {finding.RuleId} on {finding.App} ({finding.Severity.ToString().ToLowerInvariant()} {finding.Cvss?.Score:0.0})")));
            }

            foreach (var resolved in baseline.Resolved)
            {
                console.MarkupLine(Markup.Escape(Invariant($"  resolved: {resolved.RuleId} on {resolved.App} (now {resolved.NowStatus.ToString().ToLowerInvariant()})")));
            }
        }

        var gate = summary.Gate;
        var rule = Invariant($"--fail-on {(gate.FailOn is { } level ? level.ToString().ToLowerInvariant() : "none")}{(gate.MinScore is { } min ? $", --min-score {min:0.#}" : string.Empty)}");
        if (gate.Passed)
        {
            console.MarkupLine($"[green]Gate passed[/] ({Markup.Escape(rule)}).");
        }
        else
        {
            console.MarkupLine(Invariant($"[red]Gate failed[/] ({Markup.Escape(rule)}) because of {gate.Reasons.Count} item{(gate.Reasons.Count == 1 ? string.Empty : "s")}:"));
            foreach (var reason in gate.Reasons)
            {
                console.MarkupLine($"  [red]{Markup.Escape(reason)}[/]");
            }
        }
    }

    private static string Colour(CvssSeverity severity) => severity switch
    {
        CvssSeverity.Critical => "red bold",
        CvssSeverity.High => "red",
        CvssSeverity.Medium => "yellow",
        _ => "default",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
