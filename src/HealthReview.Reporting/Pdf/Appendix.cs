using System.Globalization;
using HealthReview.Core.Inputs;
using HealthReview.Core.Results;
using HealthReview.Pdf.Elements;
using HealthReview.Pdf.Layout;
using HealthReview.Pdf.Typography;
using static HealthReview.Reporting.Pdf.ReportBlocks;
using static HealthReview.Reporting.Pdf.ReportFormat;

namespace HealthReview.Reporting.Pdf;

/// <summary>
/// The appendices that make the report verifiable: every input file with its SHA-256, the rule catalogue with each
/// rule's revision and SHA-256, the configuration and thresholds used, and the scoring method.
/// </summary>
internal static class Appendix
{
    private static readonly TextStyle Hash = new() { Size = 6.3f, Color = ReportTheme.Muted, LineHeight = 1.3f };

    public static Element Create(ReportModel model) => new Column(
    [
        Inventory(model),
        Catalogue(model),
        Configuration(model),
        Scoring(model),
    ], spacing: 10);

    private static Element Inventory(ReportModel model)
    {
        var snapshot = model.Result.Snapshot;
        var inputs = snapshot.Inputs;
        var total = inputs.Sum(i => i.SizeBytes);
        return new Column(
        [
            Chapter("A", "Input inventory", ReportModel.InventoryAnchor, model.Pages,
                Invariant($"Every file under the scanned paths that looks like metadata: {Plural(inputs.Count, "file")}, {Bytes(total)}. The SHA-256 digests identify exactly which export this report describes.")),
            FactsBox(
            [
                ("Scanned paths", Value(snapshot.ScannedPaths.Count == 0 ? "—" : string.Join("\n", snapshot.ScannedPaths))),
                ("Files", Value(Invariant($"{inputs.Count(i => i.Status == InputStatus.Parsed)} parsed, {inputs.Count(i => i.Status == InputStatus.Ignored)} ignored, {inputs.Count(i => i.Status == InputStatus.Error)} in error"))),
                ("Apps", Value(Plural(snapshot.Apps.Count, "OAuth client"))),
            ]),
            DataTable(
                [TableColumn.Constant(24), TableColumn.Relative(), TableColumn.Constant(112), TableColumn.Constant(40), TableColumn.Constant(42)],
                ["#", "File and SHA-256", "Metadata type", "Status", "Size"],
                inputs.Select((input, index) => (IReadOnlyList<Element>)
                [
                    CellText((index + 1).ToString(CultureInfo.InvariantCulture), ReportTheme.Small, TextAlignment.Right),
                    new Column([CellText(input.Path), CellText(input.Sha256 ?? "(not readable)", Hash)]),
                    new Column([CellText(input.MetadataType ?? "—", ReportTheme.TableBody.WithSize(7.2f)), CellText(input.AppName ?? string.Empty, ReportTheme.Small)]),
                    CellText(input.Status switch { InputStatus.Parsed => "Parsed", InputStatus.Ignored => "Ignored", _ => "Error" }, input.Status == InputStatus.Error ? ReportTheme.TableBodyBold.WithColor(ReportTheme.Critical) : ReportTheme.TableBody),
                    CellText(Bytes(input.SizeBytes), ReportTheme.TableBody, TextAlignment.Right),
                ])),
        ], spacing: 10);
    }

    private static Element Catalogue(ReportModel model)
    {
        var result = model.Result;
        return new Column(
        [
            Chapter("B", "Rule catalogue", ReportModel.CatalogueAnchor, model.Pages,
                Invariant($"The controls this scan used: {Plural(result.Rules.Count, "rule")}. Catalogue version: {result.Tool.RulesVersion}.")),
            DataTable(
                [TableColumn.Relative(), TableColumn.Constant(34), TableColumn.Constant(270)],
                ["Control", "Rev.", "Source and SHA-256 of the rule file"],
                result.Rules.Select(r => (IReadOnlyList<Element>)
                [
                    new Column([CellText(r.Id, ReportTheme.TableBodyBold), CellText(r.Title, ReportTheme.Small)]),
                    CellText(r.Revision.ToString(CultureInfo.InvariantCulture), ReportTheme.TableBody, TextAlignment.Right),
                    new Column([CellText(r.Source, ReportTheme.Small.WithColor(ReportTheme.Ink)), CellText(r.Sha256, Hash)]),
                ])),
            Section("Risk sources, references and compliance mappings", new Column([.. result.Rules.Select(r => ControlReferences.Create(model, r))], spacing: 12), 60),
        ], spacing: 10);
    }

    private static Element Configuration(ReportModel model)
    {
        var result = model.Result;
        var config = result.Config;
        var items = new List<Element>
        {
            Chapter("C", "Configuration and thresholds", ReportModel.ConfigAnchor, model.Pages,
                "What the scan was told beyond the export: the configuration file, the thresholds in force, the risk acceptances and attestations it declared, and the gate."),
            FactsBox(
            [
                ("Configuration file", Value(config?.Source ?? "None: the rules' default thresholds were used.")),
                ("SHA-256", Value(config?.Sha256 ?? "—", Hash.WithColor(ReportTheme.Ink).WithSize(7))),
                ("Gate", Value(Gate(result.Summary?.Gate))),
                ("Report clock", Value(DateTime(result.GeneratedAt))),
                ("Classification", Value(model.Classification)),
            ]),
        };

        var thresholds = result.Rules.SelectMany(r => r.Thresholds.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (Rule: r.Id, t.Key, t.Value))).ToList();
        items.Add(Section("Thresholds in force", thresholds.Count == 0
            ? Paragraph("No control uses a threshold.")
            : DataTable(
                [TableColumn.Relative(1.2f), TableColumn.Relative(1), TableColumn.Constant(70)],
                ["Control", "Threshold", "Value"],
                thresholds.Select(t => (IReadOnlyList<Element>)
                [
                    CellText(t.Rule, ReportTheme.TableBodyBold),
                    CellText(t.Key),
                    CellText(t.Value.ToString("0.###", CultureInfo.InvariantCulture), ReportTheme.TableBody, TextAlignment.Right),
                ]))));

        items.Add(Section("Risk acceptances declared", config is null || config.Acceptances.Count == 0
            ? Paragraph("None.")
            : DataTable(
                [TableColumn.Relative(1.2f), TableColumn.Relative(1.3f), TableColumn.Relative(1.2f), TableColumn.Constant(62), TableColumn.Constant(54)],
                ["Control and app", "Reason", "Owner", "Expires", "State"],
                config.Acceptances.Select(a => (IReadOnlyList<Element>)
                [
                    new Column([CellText(a.Rule, ReportTheme.TableBodyBold), CellText(a.App, ReportTheme.Small)]),
                    CellText(a.Reason),
                    CellText(a.Owner),
                    CellText(Date(a.Expires), a.Expired ? ReportTheme.TableBodyBold.WithColor(ReportTheme.Critical) : ReportTheme.TableBody),
                    CellText(a.Expired ? "Expired" : a.Matched ? "Applied" : "Unmatched", a.Expired ? ReportTheme.TableBodyBold.WithColor(ReportTheme.Critical) : ReportTheme.TableBody),
                ]))));

        items.Add(Section("Attestations declared", config is null || config.Attestations.Count == 0
            ? Paragraph("None.")
            : DataTable(
                [TableColumn.Relative(1.2f), TableColumn.Constant(70), TableColumn.Relative(1), TableColumn.Constant(58), TableColumn.Constant(48)],
                ["Control and app", "Value", "Stated by", "Date", "Used"],
                config.Attestations.Select(a => (IReadOnlyList<Element>)
                [
                    new Column([CellText(a.Rule, ReportTheme.TableBodyBold), CellText(a.App, ReportTheme.Small)]),
                    CellText(a.Value),
                    CellText(a.By),
                    CellText(Date(a.Date)),
                    CellText(a.Used ? "Yes" : "No"),
                ]))));

        return new Column(items, spacing: 10);
    }

    private static Element Scoring(ReportModel model)
    {
        (string Grade, string Range)[] grades = [("Excellent", "90 – 100"), ("Very Good", "80 – 89"), ("Good", "70 – 79"), ("Poor", "55 – 69"), ("Very Poor", "0 – 54")];
        (string Band, double Example)[] bands = [("0 – 33", 20), ("34 – 66", 50), ("67 – 100", 80)];
        return new Column(
        [
            Chapter("D", "Scoring method", ReportModel.ScoringAnchor, model.Pages),
            Section("Posture score", Callout(ReportTheme.Navy, null, Paragraph(ScanResult.ScoringFormula, ReportTheme.BodyBold.WithColor(ReportTheme.Navy)))),
            Paragraph(
                "A finding's contextual score starts from the control's CVSS 3.1 base vector for that kind of app. Each context modifier that holds sets CVSS "
                + "environmental metrics; the environmental score is then kept inside the range the control declares. Severity follows the CVSS rating scale: "
                + "Critical 9.0–10.0, High 7.0–8.9, Medium 4.0–6.9, Low 0.1–3.9.",
                ReportTheme.Body),
            new Row(
            [
                RowItem.Relative(DataTable(
                    [TableColumn.Relative(), TableColumn.Constant(70)],
                    ["Grade", "Score"],
                    grades.Select(g => (IReadOnlyList<Element>)[CellText(g.Grade, ReportTheme.TableBodyBold), CellText(g.Range)]))),
                RowItem.Relative(1.6f, DataTable(
                    [TableColumn.Constant(60), TableColumn.Relative()],
                    ["Score", "Recommended action"],
                    bands.Select(b => (IReadOnlyList<Element>)[CellText(b.Band, ReportTheme.TableBodyBold), CellText(Grade.Recommendation(b.Example))]))),
            ], spacing: 14),
            Paragraph("Grades and recommended actions follow Salesforce Health Check's bands.", ReportTheme.Small),
        ], spacing: 10);
    }

    private static string Gate(GateResult? gate) => gate is null
        ? "—"
        : Invariant($"--fail-on {(gate.FailOn is { } level ? level.ToString().ToLowerInvariant() : "none")}{(gate.MinScore is { } min ? $", --min-score {min:0.#}" : string.Empty)}: {(gate.Passed ? "passed" : "failed")}");
}
