using HealthReview.Core.Results;
using HealthReview.Pdf;
using HealthReview.Pdf.Documents;
using HealthReview.Pdf.Elements;
using HealthReview.Pdf.Layout;
using HealthReview.Pdf.Typography;
using static HealthReview.Reporting.Pdf.ReportFormat;

namespace HealthReview.Reporting.Pdf;

/// <summary>
/// Puts the report together: cover, contents, executive summary, matrix, findings, accepted risks, what could not be
/// evaluated and the appendices, with the title on every page and "Page X of Y", the scan date and the classification
/// at the foot. Everything comes from the <see cref="ScanResult"/>, so the same result gives the same document.
/// </summary>
public static class PdfReportComposer
{
    public const string Title = ReportModel.ReportTitle;

    public static PdfDocument Compose(ScanResult result, PdfFonts fonts)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(fonts);
        var model = new ReportModel(result);
        var content = new Column(
        [
            CoverPage.Create(model),
            ContentsPage.Create(model),
            ExecutiveSummary.Create(model),
            ControlMatrix.Create(model, fonts),
            FindingsChapter.Create(model),
            AcceptedRisks.Create(model),
            NotEvaluatedSection.Create(model),
            Appendix.Create(model),
        ]);

        return new PdfDocument(Settings(model), content)
        {
            Header = page => Header(model),
            Footer = page => Footer(model, page),
        };
    }

    private static PdfDocumentSettings Settings(ReportModel model)
    {
        var result = model.Result;
        return new PdfDocumentSettings
        {
            PageSize = PageSize.A4,
            Margins = new Edges(48, 34, 48, 30),
            HeaderFooterSpacing = 16,
            Title = Title + " — " + model.ExportName,
            Author = Invariant($"{result.Tool.Name} {result.Tool.Version}"),
            Creator = Invariant($"{result.Tool.Name} {result.Tool.Version}"),
            Producer = "HealthReview",
            Subject = Invariant($"Security health review of the External Client Apps and Connected Apps in {model.ExportName}, scanned {DateTime(result.GeneratedAt)}; posture score {Score(model.Score)} ({model.Grade}); {model.Classification}"),
            Keywords = "Salesforce, OAuth, External Client Apps, Connected Apps, security health review, CVSS, " + model.Classification,
            CreationDate = result.GeneratedAt,
            ModifiedDate = result.GeneratedAt,
        };
    }

    private static Element Header(ReportModel model) => new Row(
    [
        RowItem.Relative(new Text(Title, ReportTheme.SmallBold.WithColor(ReportTheme.Navy))),
        RowItem.Relative(new Text(model.ExportName, ReportTheme.Small, TextAlignment.Right)),
    ], spacing: 12).Padding(new Edges(0, 0, 0, 5)).Border(new Edges(0, 0, 0, 0.75f), ReportTheme.Rule);

    private static Element Footer(ReportModel model, PageContext page) => new Row(
    [
        RowItem.Constant(132, new Text("Scan date " + DateTime(model.Result.GeneratedAt), ReportTheme.Small)),
        RowItem.Relative(new Text(model.Classification.ToUpperInvariant(), ReportTheme.SmallBold.WithColor(ReportTheme.Navy), TextAlignment.Center)),
        RowItem.Constant(132, new Text(Invariant($"Page {page.Number} of {(page.IsTotalKnown ? page.Total : page.Number)}"), ReportTheme.Small, TextAlignment.Right)),
    ], spacing: 12).Padding(new Edges(0, 5, 0, 0)).Border(new Edges(0, 0.75f, 0, 0), ReportTheme.Rule);
}
