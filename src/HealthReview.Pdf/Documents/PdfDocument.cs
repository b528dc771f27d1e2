using HealthReview.Pdf.Layout;

namespace HealthReview.Pdf.Documents;

/// <summary>
/// What to render: settings, the flowing content, and optional header and footer built per page
/// from the page number and total (e.g. "Page 3 of 12").
/// </summary>
public sealed record PdfDocument(PdfDocumentSettings Settings, Element Content)
{
    public Func<PageContext, Element>? Header { get; init; }

    public Func<PageContext, Element>? Footer { get; init; }
}
