using HealthReview.Pdf.Elements;
using HealthReview.Pdf.Layout;
using HealthReview.Pdf.Typography;
using static HealthReview.Reporting.Pdf.ReportBlocks;
using static HealthReview.Reporting.Pdf.ReportFormat;

namespace HealthReview.Reporting.Pdf;

/// <summary>Section 3: the register of open findings, worst first, then every finding in full.</summary>
internal static class FindingsChapter
{
    public static Element Create(ReportModel model)
    {
        var items = new List<Element>
        {
            Chapter("3", "Findings", ReportModel.FindingsAnchor, model.Pages, model.Open.Count == 0
                ? "No finding is open."
                : Invariant($"{Plural(model.Open.Count, "open finding")}, ordered by contextual CVSS score, highest first. The register links to each finding; each finding gives the evidence from the export, how its score was reached, what the control protects against, and how to fix it.")),
        };

        if (model.Open.Count == 0)
        {
            return new Column(items, spacing: 10);
        }

        items.Add(Section("Register of open findings", DataTable(
            [TableColumn.Constant(44), TableColumn.Constant(58), TableColumn.Constant(36), TableColumn.Relative(1.25f), TableColumn.Relative()],
            ["Ref", "Severity", "Score", "Control", "App"],
            model.Open.Select(f => (IReadOnlyList<Element>)
            [
                CellText(model.Reference(f), ReportTheme.TableBodyBold.WithColor(ReportTheme.Navy)).LinkTo(model.Anchor(f)),
                Inline(0, Chip(f.Severity.ToString(), ReportTheme.Severity(f.Severity), ReportTheme.Chip.WithSize(6.5f))),
                CellText(Score(f.Cvss?.Score), ReportTheme.TableBodyBold, TextAlignment.Right),
                new Column([CellText(f.RuleId, ReportTheme.TableBodyBold), CellText(model.Title(f), ReportTheme.Small)]),
                new Column([CellText(model.AppLabel(f)), CellText(Kind(f.AppKind), ReportTheme.Small)]),
            ])), 60));

        // The findings in full start on a page of their own, after the register. Each section is built on its own from
        // read-only inputs, so large reports build them in parallel; AsOrdered keeps the report order.
        items.Add(new PageBreak());
        items.AddRange(model.Open.AsParallel().AsOrdered().Select(finding => FindingSection.Create(model, finding).Padding(new Edges(0, 0, 0, 10))));

        return new Column(items, spacing: 10);
    }
}
