using HealthReview.Core.Results;
using HealthReview.Pdf.Elements;
using HealthReview.Pdf.Layout;
using HealthReview.Pdf.Typography;
using static HealthReview.Reporting.Pdf.ReportBlocks;
using static HealthReview.Reporting.Pdf.ReportFormat;

namespace HealthReview.Reporting.Pdf;

/// <summary>Section 4: every risk acceptance that matched a finding, with reason, owner and expiry; expired ones flagged.</summary>
internal static class AcceptedRisks
{
    public static Element Create(ReportModel model)
    {
        var expired = model.Accepted.Count(f => f.Acceptance!.Expired);
        var items = new List<Element>
        {
            Chapter("4", "Accepted risks", ReportModel.AcceptedAnchor, model.Pages, model.Accepted.Count == 0
                ? "No risk acceptance matched a finding."
                : Invariant($"{Plural(model.Accepted.Count, "finding")} matched a risk acceptance in the configuration file. A current acceptance waives the finding until it expires; an expired one leaves the finding open{(expired > 0 ? Invariant($" ({expired} expired, listed first)") : string.Empty)}.")),
        };

        if (model.Accepted.Count > 0)
        {
            items.Add(DataTable(
                [TableColumn.Relative(1.2f), TableColumn.Constant(44), TableColumn.Relative(1.3f), TableColumn.Relative(1.25f), TableColumn.Constant(62)],
                ["Control and app", "Score", "Reason", "Owner", "Expires"],
                model.Accepted.Select(Row(model))));
        }

        var unmatched = model.Result.Config?.Acceptances.Where(a => !a.Matched).ToList() ?? [];
        if (unmatched.Count > 0)
        {
            items.Add(Section("Acceptances that matched no failing finding", new Column(
            [
                Paragraph("These entries of the configuration file waive nothing: the control passes, or the rule or app name does not match. Remove them or correct them.", ReportTheme.Small),
                DataTable(
                [TableColumn.Relative(1.2f), TableColumn.Relative(1.5f), TableColumn.Relative(1), TableColumn.Constant(70)],
                ["Control and app", "Reason", "Owner", "Expires"],
                unmatched.Select(a => (IReadOnlyList<Element>)
                [
                    new Column([CellText(a.Rule, ReportTheme.TableBodyBold), CellText(a.App, ReportTheme.Small)]),
                    CellText(a.Reason),
                    CellText(a.Owner),
                    CellText(Date(a.Expires) + (a.Expired ? "\nexpired" : string.Empty)),
                ])),
            ], spacing: 6)));
        }

        return new Column(items, spacing: 10);
    }

    private static Func<Finding, IReadOnlyList<Element>> Row(ReportModel model) => f =>
    {
        var acceptance = f.Acceptance!;
        Element expiry = acceptance.Expired
            ? new Column([CellText(Date(acceptance.Expires), ReportTheme.TableBodyBold.WithColor(ReportTheme.Critical)), Inline(0, Chip("Expired", ReportTheme.Critical, ReportTheme.Chip.WithSize(6.5f)))], spacing: 2)
            : new Column([CellText(Date(acceptance.Expires)), Inline(0, OutlineChip("Current", ReportTheme.Waived))], spacing: 2);
        Element control = new Column(
        [
            CellText(f.RuleId, ReportTheme.TableBodyBold),
            CellText(model.AppLabel(f), ReportTheme.TableBody),
            CellText(acceptance.Expired ? Invariant($"Open again: {model.Reference(f)}") : "Waived", ReportTheme.Small.WithColor(acceptance.Expired ? ReportTheme.Critical : ReportTheme.Waived)),
        ]);
        if (model.IsOpen(f))
        {
            control = control.LinkTo(model.Anchor(f));
        }

        return
        [
            control,
            new Column([CellText(Score(f.Cvss?.Score), ReportTheme.TableBodyBold, TextAlignment.Left), CellText(f.Severity == Core.Cvss.CvssSeverity.None ? string.Empty : f.Severity.ToString(), ReportTheme.Small)]),
            CellText(acceptance.Reason),
            CellText(acceptance.Owner),
            expiry,
        ];
    };
}
