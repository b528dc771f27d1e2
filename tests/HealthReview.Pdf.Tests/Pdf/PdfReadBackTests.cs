using HealthReview.Pdf.Documents;
using HealthReview.Pdf.Tests.Support;
using PigDocument = UglyToad.PdfPig.PdfDocument;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace HealthReview.Pdf.Tests.Pdf;

public class PdfReadBackTests
{
    private static byte[] Render(HealthReview.Pdf.Documents.PdfDocument document)
    {
        using var renderer = new PdfRenderer();
        using var stream = new MemoryStream();
        renderer.Render(document, stream);
        return stream.ToArray();
    }

    [Test]
    public void Every_page_of_a_multi_page_report_says_page_n_of_m_including_the_last()
    {
        using var pdf = PigDocument.Open(Render(SampleReport.Build(120)));

        pdf.NumberOfPages.Should().BeGreaterThan(3);
        foreach (var page in pdf.GetPages())
        {
            ContentOrderTextExtractor.GetText(page).Should().Contain($"Page {page.Number} of {pdf.NumberOfPages}");
        }
    }

    [Test]
    public void All_text_of_the_report_can_be_extracted_from_the_pdf()
    {
        using var pdf = PigDocument.Open(Render(SampleReport.Build(120)));

        var text = string.Join("\n", pdf.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
        text.Should().Contain("Salesforce OAuth Health Review").And.Contain("Findings by severity").And.Contain("End of report.");
        foreach (var i in Enumerable.Range(1, 120))
        {
            text.Should().Contain(SampleReport.FindingId(i));
        }

        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        words.Should().Contain("self-authorize").And.Contain("Critical").And.Contain("Medium");
        words.Count(w => w == "Id").Should().Be(pdf.NumberOfPages - 1, "the table header repeats on every page after the cover");
    }

    [Test]
    public void Text_is_drawn_with_the_embedded_dejavu_fonts()
    {
        using var pdf = PigDocument.Open(Render(SampleReport.Build(5)));

        var fonts = pdf.GetPage(1).Letters.Select(l => l.FontName).Distinct().ToList();
        fonts.Should().NotBeEmpty().And.OnlyContain(f => f.Contains("DejaVuSans", StringComparison.Ordinal));
        fonts.Should().Contain(f => f.Contains("Bold", StringComparison.Ordinal));
    }

    [Test]
    public void The_metadata_carries_title_author_subject_keywords_and_the_given_creation_date()
    {
        using var pdf = PigDocument.Open(Render(SampleReport.Build(3)));

        var info = pdf.Information;
        info.Title.Should().Be("Salesforce OAuth Health Review");
        info.Author.Should().Be("HealthReview");
        info.Subject.Should().Be("Connected app security review");
        info.Keywords.Should().Be("salesforce, oauth, security");
        info.Producer.Should().Be("HealthReview");
        info.Creator.Should().Be("HealthReview tests");
        info.GetCreatedDateTimeOffset().Should().Be(SampleReport.CreationDate);
        info.GetModifiedDateTimeOffset().Should().Be(SampleReport.CreationDate);
    }

    [Test]
    public void The_summary_links_to_the_findings_destination()
    {
        var bytes = Render(SampleReport.Build(3));
        using var pdf = PigDocument.Open(bytes);

        var links = pdf.GetPage(1).GetAnnotations().Where(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link);
        links.Should().NotBeEmpty();
        System.Text.Encoding.Latin1.GetString(bytes).Should().Contain("/Dests").And.Contain("findings");
    }

    [Test]
    public void The_same_input_gives_byte_identical_pdfs()
    {
        var first = Render(SampleReport.Build(60));
        var second = Render(SampleReport.Build(60));
        var otherDate = Render(SampleReport.Build(60, SampleReport.CreationDate.AddDays(1)));

        second.Should().Equal(first);
        otherDate.Should().NotEqual(first, "the creation date from the settings is what is written, not the clock");
    }

    [Test]
    public void Characters_missing_from_dejavu_do_not_break_the_pdf()
    {
        var document = new HealthReview.Pdf.Documents.PdfDocument(
            LayoutHarness.Settings(300, 200, margin: 20),
            new HealthReview.Pdf.Elements.Text("Owner 日本語 😀 done"));

        using var pdf = PigDocument.Open(Render(document));

        var words = pdf.GetPage(1).GetWords().Select(w => w.Text).ToList();
        words.Should().Contain("Owner").And.Contain("done");
    }

    [Test]
    public void A_layout_error_is_raised_before_anything_is_written()
    {
        var document = new HealthReview.Pdf.Documents.PdfDocument(
            LayoutHarness.Settings(200, 200),
            new HealthReview.Pdf.Elements.Canvas(500, (_, _, _) => { }, name: "too tall"));
        using var renderer = new PdfRenderer();
        using var stream = new MemoryStream();

        var act = () => renderer.Render(document, stream);

        act.Should().Throw<HealthReview.Pdf.Layout.PdfLayoutException>().WithMessage("*Canvas \"too tall\"*");
        stream.Length.Should().Be(0, "the counting pass finds the problem before the PDF is started");
    }
}
