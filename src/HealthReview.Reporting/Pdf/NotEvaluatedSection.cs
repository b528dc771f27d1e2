using HealthReview.Core.Inputs;
using HealthReview.Core.Results;
using HealthReview.Pdf.Elements;
using HealthReview.Pdf.Layout;
using static HealthReview.Reporting.Pdf.ReportBlocks;
using static HealthReview.Reporting.Pdf.ReportFormat;

namespace HealthReview.Reporting.Pdf;

/// <summary>
/// Section 5: the checks the export could not decide, grouped by why (so a missing file is explained once with every
/// app it affects), then the input files and apps that had problems.
/// </summary>
internal static class NotEvaluatedSection
{
    private const string Prefix = "Could not be evaluated: ";

    public static Element Create(ReportModel model)
    {
        var snapshot = model.Result.Snapshot;
        var items = new List<Element>
        {
            Chapter("5", "What could not be evaluated", ReportModel.NotEvaluatedAnchor, model.Pages, model.NotEvaluated.Count == 0
                ? "Every applicable check could be evaluated from the export."
                : Invariant($"{Plural(model.NotEvaluated.Count, "check")} could not be evaluated because the export lacks the data. They are left out of the score (shown as coverage) and are never counted as passes. Each group below says what is missing and how to provide it.")),
        };

        var groups = model.NotEvaluated
            .GroupBy(Why, StringComparer.Ordinal)
            .Select(g => (Why: g.Key, Controls: g.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), Apps: g.Select(model.AppLabel).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), Count: g.Count()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Why, StringComparer.Ordinal)
            .ToList();
        if (groups.Count > 0)
        {
            items.Add(DataTable(
                [TableColumn.Relative(1.5f), TableColumn.Constant(150), TableColumn.Relative(1)],
                ["Why, and what to do", "Controls", "Apps"],
                groups.Select(g => (IReadOnlyList<Element>)
                [
                    CellText(g.Why),
                    CellText(string.Join("\n", g.Controls), ReportTheme.TableBodyBold.WithSize(7.3f)),
                    new Column([CellText(Plural(g.Apps.Count, "app"), ReportTheme.TableBodyBold), CellText(string.Join(", ", g.Apps), ReportTheme.Small)]),
                ])));
        }

        var problems = snapshot.Inputs.Where(i => i.Status != InputStatus.Parsed).ToList();
        items.Add(Section("Input files not used", problems.Count == 0
            ? Paragraph("Every metadata file found was parsed.")
            : DataTable(
                [TableColumn.Relative(1.3f), TableColumn.Constant(48), TableColumn.Relative(1.4f)],
                ["File", "Status", "Why"],
                problems.Select(i => (IReadOnlyList<Element>)
                [
                    CellText(i.Path),
                    CellText(i.Status == InputStatus.Error ? "Error" : "Ignored", ReportTheme.TableBodyBold.WithColor(i.Status == InputStatus.Error ? ReportTheme.Critical : ReportTheme.Muted)),
                    CellText(Where(i) + (i.Message ?? "—")),
                ]))));

        var diagnostics = snapshot.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).ToList();
        var appProblems = snapshot.Apps.SelectMany(a => a.Problems.Select(p => (a.Name, Problem: p))).ToList();
        if (diagnostics.Count > 0 || appProblems.Count > 0)
        {
            items.Add(Section("Problems found while reading the export", DataTable(
                [TableColumn.Constant(52), TableColumn.Relative(1), TableColumn.Relative(1.6f)],
                ["Level", "Where", "Message"],
                diagnostics.Select(d => (IReadOnlyList<Element>)
                [
                    CellText(d.Severity.ToString(), ReportTheme.TableBodyBold.WithColor(d.Severity == DiagnosticSeverity.Error ? ReportTheme.Critical : ReportTheme.Medium)),
                    CellText(d.Location.ToString()),
                    CellText(d.Message),
                ]).Concat(appProblems.Select(p => (IReadOnlyList<Element>)
                [
                    CellText("App", ReportTheme.TableBodyBold),
                    CellText(p.Name),
                    CellText(p.Problem),
                ])))));
        }

        return new Column(items, spacing: 10);
    }

    private static string Why(Finding finding)
    {
        var text = finding.Reasons.Count > 0 ? string.Join(" ", finding.Reasons) : finding.Message;
        return text.StartsWith(Prefix, StringComparison.Ordinal) ? text[Prefix.Length..] : text;
    }

    private static string Where(InputFile input) => input.Line is { } line
        ? Invariant($"line {line}{(input.Column is { } column ? $", column {column}" : string.Empty)}: ")
        : string.Empty;
}
