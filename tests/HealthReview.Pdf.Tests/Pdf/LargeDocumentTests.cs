using HealthReview.Pdf.Documents;
using HealthReview.Pdf.Tests.Support;

namespace HealthReview.Pdf.Tests.Pdf;

public class LargeDocumentTests
{
    private static int RenderPages(int findings)
    {
        using var renderer = new PdfRenderer();
        using var stream = new MemoryStream();
        var pages = renderer.Render(SampleReport.Build(findings), stream);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(stream.ToArray());
        pdf.NumberOfPages.Should().Be(pages);
        return pages;
    }

    [Test]
    public void A_five_thousand_row_table_renders_and_its_page_count_grows_linearly()
    {
        var thousand = RenderPages(1_000);
        var fiveThousand = RenderPages(5_000);

        TestContext.Out.WriteLine($"1000 rows: {thousand} pages; 5000 rows: {fiveThousand} pages");
        thousand.Should().BeGreaterThan(20);
        // The cover page does not grow, and each last table page is only partly filled (up to one page of slack).
        var ratio = (fiveThousand - 1) / (double)(thousand - 1);
        ratio.Should().BeApproximately(5, 0.25, "five times the rows should take five times the pages");
    }
}
