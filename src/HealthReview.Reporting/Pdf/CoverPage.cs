using HealthReview.Core.Model;
using HealthReview.Core.Results;
using HealthReview.Pdf.Elements;
using HealthReview.Pdf.Layout;
using static HealthReview.Reporting.Pdf.ReportBlocks;
using static HealthReview.Reporting.Pdf.ReportFormat;

namespace HealthReview.Reporting.Pdf;

/// <summary>The cover: what was reviewed, when, with what, and the verdict (score and grade).</summary>
internal static class CoverPage
{
    public static Element Create(ReportModel model)
    {
        var result = model.Result;
        return new Column(
        [
            new Spacer(54),
            new Text("SECURITY HEALTH REVIEW", ReportTheme.Label.WithSize(9).WithColor(ReportTheme.Navy)),
            new Text(ReportModel.ReportTitle, ReportTheme.H1.WithSize(27).WithLineHeight(1.15f)),
            new Text("External Client Apps and Connected Apps — " + model.ExportName, ReportTheme.Body.WithSize(12).WithColor(ReportTheme.Muted)),
            new Spacer(4),
            new Row([RowItem.Constant(64, HorizontalRule(ReportTheme.Navy, 3))]),
            new Spacer(30),
            new Row(
            [
                RowItem.Relative(1.45f, Facts(model)),
                RowItem.Relative(1, ScorePanel(model)),
            ], spacing: 16),
            new Spacer(22),
            OpenFindings(model),
            new Spacer(34),
            Callout(
                ReportTheme.Navy,
                model.Classification,
                Paragraph(
                    "This report describes security weaknesses in the OAuth configuration of a Salesforce org. Share it only with the people who "
                    + "assess or remediate these risks, and handle it according to its classification.",
                    ReportTheme.Small.WithColor(ReportTheme.Ink)),
                Paragraph(
                    Invariant($"Prepared by {result.Tool.Name} {result.Tool.Version} from the metadata export listed in Appendix A. It reflects the export as scanned on {Date(result.GeneratedAt)}, not the live org."),
                    ReportTheme.Small)),
        ], spacing: 6);
    }

    private static Element Facts(ReportModel model)
    {
        var result = model.Result;
        var inputs = result.Snapshot.Inputs;
        var parsed = inputs.Count(i => i.Status == Core.Inputs.InputStatus.Parsed);
        var orgSettings = result.Snapshot.OrgSettings is not null ? " and the org's External Client App settings" : string.Empty;
        var scope = Invariant(
            $"{Plural(result.Snapshot.Apps.Count, "OAuth client")} ({Plural(model.AppCount(AppKind.ExternalClientApp), "External Client App")}, {Plural(model.AppCount(AppKind.ConnectedApp), "Connected App")}){orgSettings}; {Plural(inputs.Count, "file")} read, {Number(parsed)} parsed");
        var config = result.Config?.Source is { } source ? source : "none (defaults)";
        return FactsBox(
        [
            ("Organisation / export", Value(model.ExportName, ReportTheme.TableBodyBold)),
            ("Scan date", Value(DateTime(result.GeneratedAt))),
            ("Scope", Value(scope)),
            ("Controls", Value(Invariant($"{Plural(result.Rules.Count, "control")}; {Plural(result.Findings.Count, "check")} of an app against a control"))),
            ("Tool", Value(Invariant($"{result.Tool.Name} {result.Tool.Version}"))),
            ("Rules version", Value(result.Tool.RulesVersion)),
            ("Configuration", Value(config)),
            ("Classification", Value(model.Classification)),
        ], labelWidth: 98);
    }

    private static Element ScorePanel(ReportModel model)
    {
        var org = model.Summary?.Org;
        var coverage = org?.Coverage is { } c ? Invariant($"{c:0.#}% of applicable checks evaluated") : "No applicable checks";
        return new Column(
        [
            new Text("POSTURE SCORE", ReportTheme.Label.WithColor(ReportTheme.Navy), HealthReview.Pdf.Typography.TextAlignment.Center),
            ScoreGauge.Create(model.Score, 104),
            new Row([RowItem.Relative(new Spacer(0)), RowItem.Auto(Chip(model.Grade, ReportTheme.Grade(model.Score), ReportTheme.Chip.WithSize(8.5f))), RowItem.Relative(new Spacer(0))]),
            new Text(coverage, ReportTheme.Small, HealthReview.Pdf.Typography.TextAlignment.Center),
        ], spacing: 5)
            .Padding(10, 10)
            .Border(0.75f, ReportTheme.Rule);
    }

    private static Element OpenFindings(ReportModel model) => SeverityTiles.Create(model);
}
