using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using HealthReview.Core.Results;
using HealthReview.Reporting.Html;

namespace HealthReview.Reporting.Tests.Html.Support;

/// <summary>Renders a result to report.html in memory and parses it the way a browser would.</summary>
public static class HtmlRendering
{
    private static readonly HtmlReportWriter Writer = new();

    public static byte[] Bytes(ScanResult result, int? printedRows = null)
    {
        using var stream = new MemoryStream();
        (printedRows is { } rows ? new HtmlReportWriter(rows) : Writer).Write(result, stream);
        return stream.ToArray();
    }

    public static string Html(ScanResult result, int? printedRows = null) => Encoding.UTF8.GetString(Bytes(result, printedRows));

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static IHtmlDocument Document(ScanResult result) => Parse(Html(result));
}
