using System.Text;
using HealthReview.Core.Cvss;
using HealthReview.Core.Inputs;
using HealthReview.Core.Model;
using HealthReview.Core.Results;
using HealthReview.Reporting.Common;

namespace HealthReview.Reporting.Markdown;

/// <summary>
/// summary.md: a short GitHub-flavoured Markdown summary for pull-request comments and <c>$GITHUB_STEP_SUMMARY</c>:
/// the score, the gate and what failed it, counts, the worst open findings, what could not be evaluated, what was
/// resolved, and collapsed details. Every value from an export is escaped; tables and details are capped so the file
/// stays well under GitHub's 1 MiB step-summary limit.
/// </summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    /// <summary>GitHub refuses a step summary over 1 MiB; stay clearly below it.</summary>
    public const int MaxBytes = 900 * 1024;

    public const int MaxTableRows = 50;

    public const int MaxDetails = 100;

    private const int MaxCell = 120;
    private const int MaxValue = 2000;
    private const int MaxReasons = 20;

    public string Format => "markdown";

    public string FileName => "summary.md";

    public int TableRows { get; init; } = MaxTableRows;

    public int DetailsLimit { get; init; } = MaxDetails;

    public int ByteBudget { get; init; } = MaxBytes;

    public void Write(ScanResult result, Stream output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var bytes = Encoding.UTF8.GetBytes(Render(result));
        output.Write(bytes);
    }

    public string Render(ScanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rules = new RuleIndex(result.Rules);
        var open = result.Findings.Where(f => f.IsOpen)
            .OrderByDescending(f => f.Cvss?.Score ?? 0).ThenBy(f => f.App, StringComparer.Ordinal).ThenBy(f => f.AppKind).ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
        var md = new StringBuilder();
        Header(md, result);
        Gate(md, result);
        Counts(md, result);
        OpenTable(md, open, rules);
        NotEvaluated(md, result, rules);
        Waived(md, result, rules);
        Resolved(md, result, rules);
        InputProblems(md, result);

        var footer = Footer(result);
        Details(md, open, rules, ByteBudget - Encoding.UTF8.GetByteCount(footer));
        md.Append(footer);
        return md.ToString();
    }

    private static void Header(StringBuilder md, ScanResult result)
    {
        md.Append("# HealthReview: Salesforce OAuth client security review\n\n");
        var org = result.Summary?.Org;
        md.Append(org?.Score is { } score
            ? "**Posture score: " + ReportText.Score(score) + " / 100 — " + MarkdownText.Inline(org.Grade) + "**"
            : "**Posture score: not rated** (nothing could be evaluated)");
        if (result.Baseline is { } baseline)
        {
            md.Append(" · ");
            md.Append(baseline.ScoreChange is { } change ? "change since the baseline: **" + ReportText.Change(change) + "**" : "no score change available");
            if (baseline.PreviousScore is { } previous)
            {
                md.Append(" (was ").Append(ReportText.Score(previous)).Append(')');
            }
        }

        md.Append("\n\n");
        if (org is not null)
        {
            md.Append("Coverage: ").Append(ReportText.Integer(org.Evaluated)).Append(" evaluated, ")
                .Append(ReportText.Integer(org.NotEvaluated)).Append(" not evaluated, ")
                .Append(ReportText.Integer(org.NotApplicable)).Append(" not applicable")
                .Append(" · apps: ").Append(ReportText.Integer(result.Snapshot.Apps.Count)).Append("\n\n");
        }
    }

    private void Gate(StringBuilder md, ScanResult result)
    {
        if (result.Summary?.Gate is not { } gate)
        {
            return;
        }

        var settings = "--fail-on " + (gate.FailOn is { } level ? ReportText.SeverityWord(level) : "none")
            + (gate.MinScore is { } min ? ", --min-score " + ReportText.Score(min) : string.Empty);
        if (gate.Passed)
        {
            md.Append("✅ **Gate passed** (").Append(settings).Append(").\n\n");
            return;
        }

        md.Append("❌ **Gate failed** (").Append(settings).Append(") because of ")
            .Append(ReportText.Integer(gate.Reasons.Count)).Append(gate.Reasons.Count == 1 ? " item:\n\n" : " items:\n\n");
        foreach (var reason in gate.Reasons.Take(TableRows))
        {
            md.Append("- ").Append(Cell(reason, 300)).Append('\n');
        }

        More(md, gate.Reasons.Count - TableRows, "item");
        md.Append('\n');
    }

    private static void Counts(StringBuilder md, ScanResult result)
    {
        var findings = result.Findings;
        int Open(CvssSeverity severity) => findings.Count(f => f.IsOpen && f.Severity == severity);
        int Status(FindingStatus status) => findings.Count(f => f.Status == status);
        md.Append("| Critical | High | Medium | Low | Waived | Not evaluated | Not applicable | Passed |\n");
        md.Append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        md.Append("| ").Append(string.Join(" | ", new[]
        {
            Open(CvssSeverity.Critical), Open(CvssSeverity.High), Open(CvssSeverity.Medium), Open(CvssSeverity.Low),
            Status(FindingStatus.Waived), Status(FindingStatus.NotEvaluated), Status(FindingStatus.NotApplicable), Status(FindingStatus.Pass),
        }.Select(ReportText.Integer))).Append(" |\n\n");
    }

    private void OpenTable(StringBuilder md, List<Finding> open, RuleIndex rules)
    {
        md.Append("## Open findings\n\n");
        if (open.Count == 0)
        {
            md.Append("No open findings.\n\n");
            return;
        }

        md.Append("| Score | Severity | Control | App | File |\n");
        md.Append("| ---: | --- | --- | --- | --- |\n");
        foreach (var finding in open.Take(TableRows))
        {
            md.Append("| ").Append(finding.Cvss is { } cvss ? ReportText.Score(cvss.Score) : "—")
                .Append(" | ").Append(SeverityLabel(finding.Severity))
                .Append(" | ").Append(Control(finding.RuleId, rules))
                .Append(" | ").Append(App(finding.App, finding.AppKind))
                .Append(" | ").Append(finding.Location is { } location ? Cell(ReportText.Where(location), 200) : "—")
                .Append(" |\n");
        }

        More(md, open.Count - TableRows, "open finding");
        md.Append('\n');
    }

    private void NotEvaluated(StringBuilder md, ScanResult result, RuleIndex rules)
    {
        var notEvaluated = result.Findings.Where(f => f.Status == FindingStatus.NotEvaluated).ToList();
        if (notEvaluated.Count == 0)
        {
            return;
        }

        md.Append("## Not evaluated\n\n");
        md.Append(ReportText.Integer(notEvaluated.Count)).Append(notEvaluated.Count == 1 ? " control was" : " controls were")
            .Append(" not evaluated: the export does not show what ").Append(notEvaluated.Count == 1 ? "it needs" : "they need")
            .Append(". This is not a pass. Retrieve the missing metadata and scan again, or record an attestation in healthreview.yaml; each reason says what is missing.\n\n");
        md.Append("<details>\n<summary>Not evaluated (").Append(ReportText.Integer(notEvaluated.Count)).Append(")</summary>\n\n");
        md.Append("| Control | App | Reason |\n| --- | --- | --- |\n");
        foreach (var finding in notEvaluated.Take(TableRows))
        {
            md.Append("| ").Append(Control(finding.RuleId, rules)).Append(" | ").Append(App(finding.App, finding.AppKind))
                .Append(" | ").Append(Cell(finding.Reasons.FirstOrDefault() ?? finding.Message, 300)).Append(" |\n");
        }

        More(md, notEvaluated.Count - TableRows, "finding");
        md.Append("\n</details>\n\n");
    }

    private void Waived(StringBuilder md, ScanResult result, RuleIndex rules)
    {
        var waived = result.Findings.Where(f => f.Status == FindingStatus.Waived).ToList();
        if (waived.Count == 0)
        {
            return;
        }

        md.Append("## Waived by a risk acceptance\n\n");
        md.Append("| Score | Control | App | Owner | Until | Reason |\n| ---: | --- | --- | --- | --- | --- |\n");
        foreach (var finding in waived.Take(TableRows))
        {
            var acceptance = finding.Acceptance;
            md.Append("| ").Append(finding.Cvss is { } cvss ? ReportText.Score(cvss.Score) : "—")
                .Append(" | ").Append(Control(finding.RuleId, rules))
                .Append(" | ").Append(App(finding.App, finding.AppKind))
                .Append(" | ").Append(Cell(acceptance?.Owner ?? "—"))
                .Append(" | ").Append(acceptance is null ? "—" : ReportText.Date(acceptance.Expires))
                .Append(" | ").Append(Cell(acceptance?.Reason ?? "—", 300)).Append(" |\n");
        }

        More(md, waived.Count - TableRows, "waived finding");
        md.Append('\n');
    }

    private void Resolved(StringBuilder md, ScanResult result, RuleIndex rules)
    {
        if (result.Baseline is not { } baseline)
        {
            return;
        }

        md.Append("## Resolved since the baseline\n\n");
        if (baseline.Resolved.Count == 0)
        {
            md.Append("No finding that was open in the baseline has been resolved.\n\n");
            return;
        }

        md.Append("| Was | Control | App | Now |\n| --- | --- | --- | --- |\n");
        foreach (var resolved in baseline.Resolved.Take(TableRows))
        {
            md.Append("| ").Append(SeverityLabel(resolved.Severity)).Append(resolved.Score is { } score ? " " + ReportText.Score(score) : string.Empty)
                .Append(" | ").Append(Control(resolved.RuleId, rules))
                .Append(" | ").Append(App(resolved.App, resolved.AppKind))
                .Append(" | ").Append(ReportText.StatusWord(resolved.NowStatus)).Append(" |\n");
        }

        More(md, baseline.Resolved.Count - TableRows, "resolved finding");
        md.Append('\n');
    }

    private void InputProblems(StringBuilder md, ScanResult result)
    {
        var errors = result.Snapshot.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count == 0)
        {
            return;
        }

        md.Append("## Input problems\n\n");
        md.Append(ReportText.Integer(errors.Count)).Append(errors.Count == 1 ? " problem" : " problems")
            .Append(" stopped part of the export from being read; everything readable was scanned.\n\n");
        foreach (var error in errors.Take(TableRows))
        {
            md.Append("- ").Append(Cell(error.ToDisplayString(), 300)).Append('\n');
        }

        More(md, errors.Count - TableRows, "problem");
        md.Append('\n');
    }

    private void Details(StringBuilder md, List<Finding> open, RuleIndex rules, int budget)
    {
        if (open.Count == 0)
        {
            return;
        }

        md.Append("## Details\n\n");
        var used = Encoding.UTF8.GetByteCount(md.ToString());
        var written = 0;
        foreach (var finding in open.Take(DetailsLimit))
        {
            var block = Detail(finding, rules);
            var size = Encoding.UTF8.GetByteCount(block);
            if (used + size > budget - 200)
            {
                break;
            }

            md.Append(block);
            used += size;
            written++;
        }

        if (written < open.Count)
        {
            md.Append('_').Append(ReportText.Integer(open.Count - written)).Append(" more open ")
                .Append(open.Count - written == 1 ? "finding is" : "findings are")
                .Append(" not detailed here to keep this summary short; see results.json, findings.csv or the HTML report._\n\n");
        }
    }

    private static string Detail(Finding finding, RuleIndex rules)
    {
        var d = new StringBuilder();
        d.Append("<details>\n<summary>").Append(MarkdownText.Html(SeverityLabel(finding.Severity)))
            .Append(finding.Cvss is { } cvss ? " " + ReportText.Score(cvss.Score) : string.Empty)
            .Append(" · ").Append(MarkdownText.Html(ReportText.Truncate(finding.RuleId, MaxCell)))
            .Append(" · ").Append(MarkdownText.Html(ReportText.Truncate(finding.App, MaxCell)))
            .Append(" (").Append(MarkdownText.Html(ReportText.KindLabel(finding.AppKind))).Append(")</summary>\n\n");
        d.Append("**").Append(Value(rules.Title(finding.RuleId))).Append(":** ").Append(Value(finding.Message)).Append("\n\n");
        if (finding.Expected is not null || finding.Actual is not null)
        {
            d.Append("- **Expected:** ").Append(finding.Expected is null ? "—" : Value(finding.Expected)).Append('\n');
            d.Append("- **Actual:** ").Append(finding.Actual is null ? "—" : Value(finding.Actual)).Append('\n');
        }

        if (finding.Location is { } location)
        {
            d.Append("- **Location:** ").Append(Value(ReportText.Where(location))).Append('\n');
        }

        if (finding.Cvss is { } risk)
        {
            d.Append("- **CVSS:** ").Append(ReportText.Score(risk.Score)).Append(" (base ").Append(ReportText.Score(risk.BaseScore)).Append(") ")
                .Append(Value(risk.ContextualVector)).Append('\n');
        }

        if (finding.Baseline is { } baseline)
        {
            d.Append("- **Baseline:** ").Append(ReportText.BaselineWord(baseline)).Append('\n');
        }

        if (finding.Reasons.Count > 0)
        {
            d.Append("- **Why:**\n");
            foreach (var reason in finding.Reasons.Take(MaxReasons))
            {
                d.Append("  - ").Append(Value(reason)).Append('\n');
            }

            if (finding.Reasons.Count > MaxReasons)
            {
                d.Append("  - …and ").Append(ReportText.Integer(finding.Reasons.Count - MaxReasons)).Append(" more\n");
            }
        }

        if (rules.Kind(finding.RuleId, finding.AppKind) is { } kind)
        {
            if (kind.Setup is { } setup)
            {
                d.Append("- **Fix in Setup:** ").Append(Value(setup)).Append('\n');
            }

            if (kind.MetadataChange is { } change)
            {
                d.Append("\n**Metadata change**").Append(kind.MetadataFile is { } file ? " in " + Value(file) : string.Empty).Append(":\n\n");
                d.Append(MarkdownText.CodeBlock(ReportText.Truncate(change, MaxValue), "xml"));
            }
        }

        d.Append("\n</details>\n\n");
        return d.ToString();
    }

    private static string Footer(ScanResult result) =>
        "---\n\n_Generated by " + MarkdownText.Inline(result.Tool.Name) + " " + MarkdownText.Inline(result.Tool.Version)
        + " (rules " + MarkdownText.Inline(ReportText.Truncate(result.Tool.RulesVersion, MaxCell)) + ") at " + ReportText.Timestamp(result.GeneratedAt) + "._\n";

    private static void More(StringBuilder md, int more, string noun)
    {
        if (more > 0)
        {
            md.Append("\n_…and ").Append(ReportText.Integer(more)).Append(" more ").Append(noun).Append(more == 1 ? string.Empty : "s")
                .Append(" (see results.json or findings.csv)._\n");
        }
    }

    private static string Control(string ruleId, RuleIndex rules) =>
        "**" + Cell(ruleId) + "** " + Cell(rules.Title(ruleId));

    private static string App(string app, AppKind kind) => Cell(app) + " (" + ReportText.KindLabel(kind) + ")";

    private static string SeverityLabel(CvssSeverity severity) => severity.ToString();

    /// <summary>An escaped, length-capped table cell or list item.</summary>
    private static string Cell(string text, int max = MaxCell) => MarkdownText.Inline(ReportText.Truncate(text, max));

    private static string Value(string text) => MarkdownText.Inline(ReportText.Truncate(text, MaxValue));
}
