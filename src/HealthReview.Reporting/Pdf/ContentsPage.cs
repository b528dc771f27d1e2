using HealthReview.Core.Cvss;
using HealthReview.Core.Results;
using HealthReview.Pdf.Elements;
using HealthReview.Pdf.Layout;
using SkiaSharp;
using static HealthReview.Reporting.Pdf.ReportBlocks;

namespace HealthReview.Reporting.Pdf;

/// <summary>The contents, with page numbers and links, and a short guide to statuses, severities and the score.</summary>
internal static class ContentsPage
{
    public static IReadOnlyList<(string Number, string Title, string Anchor)> Entries { get; } =
    [
        ("1", "Executive summary", ReportModel.SummaryAnchor),
        ("2", "Apps and controls", ReportModel.MatrixAnchor),
        ("3", "Findings", ReportModel.FindingsAnchor),
        ("4", "Accepted risks", ReportModel.AcceptedAnchor),
        ("5", "What could not be evaluated", ReportModel.NotEvaluatedAnchor),
        ("A", "Input inventory", ReportModel.InventoryAnchor),
        ("B", "Rule catalogue", ReportModel.CatalogueAnchor),
        ("C", "Configuration and thresholds", ReportModel.ConfigAnchor),
        ("D", "Scoring method", ReportModel.ScoringAnchor),
    ];

    public static Element Create(ReportModel model)
    {
        var rows = Entries.Select(e => (Element)new Row(
        [
            RowItem.Constant(26, new Text(e.Number, ReportTheme.BodyBold.WithColor(ReportTheme.Navy))),
            RowItem.Relative(new Text(e.Number.Length == 1 && char.IsLetter(e.Number[0]) ? "Appendix " + e.Number + " — " + e.Title : e.Title, ReportTheme.Body.WithSize(10))),
            RowItem.Constant(40, new PageNumberText(e.Anchor, model.Pages, ReportTheme.Body.WithSize(10))),
        ]).Padding(0, 5).Border(new Edges(0, 0, 0, 0.5f), ReportTheme.Rule).LinkTo(e.Anchor));

        return new Column(
        [
            new PageBreak(),
            new Text("Contents", ReportTheme.H1),
            HorizontalRule(ReportTheme.Navy, 1.5f),
            new Column([.. rows]),
            new Spacer(16),
            new PageAnchor(ReportModel.GuideAnchor, model.Pages, Section("How to read this report", Guide())),
        ], spacing: 8);
    }

    private static Element Guide()
    {
        (Element Chip, string Meaning)[] statuses =
        [
            (Chip("Fail", ReportTheme.High), "The control is not met. The finding is open and counts against the score and the CI gate."),
            (OutlineChip("Waived", ReportTheme.Waived), "Not met, but covered by a current risk acceptance (reason, owner, expiry). It still counts in the score."),
            (Chip("Pass", ReportTheme.Pass), "The export shows the control is met."),
            (OutlineChip("Not evaluated", ReportTheme.NotEvaluated), "The export lacks the data. Section 5 says what to retrieve; never counted as a pass."),
            (OutlineChip("N/A", ReportTheme.Faint), "The control does not apply to this app (for example a flow the app does not use)."),
        ];
        (CvssSeverity Severity, string Range)[] severities =
        [
            (CvssSeverity.Critical, "9.0 – 10.0"), (CvssSeverity.High, "7.0 – 8.9"), (CvssSeverity.Medium, "4.0 – 6.9"), (CvssSeverity.Low, "0.1 – 3.9"),
        ];

        return new Column(
        [
            Paragraph(
                "Every app is checked against every control that applies to its kind. Each check has exactly one status. A failed check is a finding; "
                + "its severity comes from its contextual CVSS 3.1 score: the control's base score, adjusted by what the export shows about the app, "
                + "kept inside the range the control declares."),
            DataTable(
                [TableColumn.Constant(96), TableColumn.Relative()],
                ["Status", "Meaning"],
                statuses.Select(s => (IReadOnlyList<Element>)[Inline(0, s.Chip), CellText(s.Meaning)])),
            DataTable(
                [TableColumn.Constant(96), TableColumn.Constant(90), TableColumn.Relative()],
                ["Severity", "CVSS score", "Guidance"],
                severities.Select(s => (IReadOnlyList<Element>)
                [
                    Inline(0, Chip(s.Severity.ToString(), ReportTheme.Severity(s.Severity))),
                    CellText(s.Range),
                    CellText(Guidance(s.Severity)),
                ])),
            Paragraph(
                "The posture score runs from 0 to 100, higher is better, and is graded as Salesforce Health Check grades: Excellent ≥ 90, Very Good 80–89, "
                + "Good 70–79, Poor 55–69, Very Poor ≤ 54. Appendix D gives the formula.",
                ReportTheme.Body),
        ], spacing: 8);
    }

    private static string Guidance(CvssSeverity severity) => severity switch
    {
        CvssSeverity.Critical => "Remediate immediately.",
        CvssSeverity.High => "Remediate in the short term.",
        CvssSeverity.Medium => "Remediate in the long term, or accept the risk with an owner and an expiry.",
        _ => "Review periodically.",
    };
}
