using HealthReview.Core.Results;
using HealthReview.Pdf.Documents;

namespace HealthReview.Reporting.Pdf;

/// <summary>report.pdf: the audit report, for people (see <see cref="PdfReportComposer"/>).</summary>
public sealed class PdfReportWriter : IReportWriter
{
    public string Format => "pdf";

    public string FileName => "report.pdf";

    public void Write(ScanResult result, Stream output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        using var renderer = new PdfRenderer();
        renderer.Render(PdfReportComposer.Compose(result, renderer.Fonts), output);
    }
}
