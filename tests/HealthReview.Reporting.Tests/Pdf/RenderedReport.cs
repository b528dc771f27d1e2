using HealthReview.Core.Results;
using HealthReview.Reporting.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace HealthReview.Reporting.Tests.Pdf;

/// <summary>report.pdf written by <see cref="PdfReportWriter"/> and read back with PdfPig.</summary>
public sealed class RenderedReport
{
    private RenderedReport(byte[] bytes)
    {
        Bytes = bytes;
        using var pdf = PdfDocument.Open(bytes);
        PageCount = pdf.NumberOfPages;
        PageTexts = [.. pdf.GetPages().Select(p => ContentOrderTextExtractor.GetText(p))];
        PageWords = [.. pdf.GetPages().Select(p => (IReadOnlyList<string>)[.. p.GetWords().Select(w => w.Text)])];
        Information = pdf.Information!;
        Fonts = [.. pdf.GetPages().SelectMany(p => p.Letters.Select(l => l.FontName ?? string.Empty)).Distinct()];
    }

    public byte[] Bytes { get; }

    public int PageCount { get; }

    public IReadOnlyList<string> PageTexts { get; }

    public IReadOnlyList<IReadOnlyList<string>> PageWords { get; }

    public UglyToad.PdfPig.Content.DocumentInformation Information { get; }

    public IReadOnlyList<string> Fonts { get; }

    public string Text => string.Join("\n", PageTexts);

    /// <summary>All text with every run of white space (line ends included) as one space, for phrases that wrap.</summary>
    public string FlatText => Flat(Text);

    public static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    public static byte[] Write(ScanResult result)
    {
        using var stream = new MemoryStream();
        new PdfReportWriter().Write(result, stream);
        return stream.ToArray();
    }

    public static RenderedReport Of(ScanResult result) => new(Write(result));

    /// <summary>The 1-based pages whose text contains <paramref name="fragment"/>.</summary>
    public IEnumerable<int> PagesWith(string fragment) =>
        PageTexts.Select((text, i) => (text, i)).Where(p => p.text.Contains(fragment, StringComparison.Ordinal)).Select(p => p.i + 1);
}
