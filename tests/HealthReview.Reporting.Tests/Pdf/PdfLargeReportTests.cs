using System.Diagnostics;
using HealthReview.Pdf.Documents;
using HealthReview.Reporting.Pdf;

namespace HealthReview.Reporting.Tests.Pdf;

/// <summary>Hundreds of apps: the report still lays out, every section repeats its table header, and pages grow linearly.</summary>
public sealed class PdfLargeReportTests
{
    [Test]
    public void Page_count_grows_linearly_with_the_number_of_apps()
    {
        var quarter = RecordedReport.Of(PdfTestData.Large(250)).Pages.Count;
        var half = RecordedReport.Of(PdfTestData.Large(500)).Pages.Count;

        TestContext.Out.WriteLine($"250 apps: {quarter} pages; 500 apps: {half} pages");
        quarter.Should().BeGreaterThan(250);

        // Cover, contents, summary and appendix headings are fixed; the rest doubles with the apps.
        var fixedPages = 8;
        ((half - fixedPages) / (double)(quarter - fixedPages)).Should().BeApproximately(2, 0.1);
    }

    [Test]
    public void The_register_header_repeats_on_every_page_it_spans()
    {
        var report = RecordedReport.Of(PdfTestData.Large(120));
        var result = PdfTestData.Large(120);
        var open = result.Findings.Count(f => f.IsOpen);
        var refs = Enumerable.Range(1, open).Select(i => $"F-{i:000}").ToHashSet(StringComparer.Ordinal);

        var registerPages = report.Pages
            .Where(p => p.Texts.Any(t => refs.Contains(t.Label)) && !p.Items.Any(i => i.Kind == RecordedKind.Destination && i.Label.StartsWith("finding-", StringComparison.Ordinal)))
            .ToList();
        registerPages.Should().HaveCountGreaterThan(3);
        foreach (var page in registerPages)
        {
            var texts = page.Texts.ToList();
            var header = texts.Single(t => t.Label == "Ref");
            texts.Where(t => refs.Contains(t.Label)).Should().OnlyContain(t => t.Bounds.Top > header.Bounds.Bottom, $"page {page.Number} lists rows under its header");
        }
    }

    [Test]
    public void A_thousand_app_report_renders_to_pdf()
    {
        var result = PdfTestData.Large(1000);
        using var renderer = new PdfRenderer();
        using var output = new MemoryStream();
        var clock = Stopwatch.StartNew();

        var pages = renderer.Render(PdfReportComposer.Compose(result, renderer.Fonts), output);

        TestContext.Out.WriteLine($"1000 apps: {pages} pages, {output.Length / 1048576.0:0.0} MB in {clock.Elapsed.TotalSeconds:0.0} s");
        pages.Should().BeGreaterThan(1000);
        output.ToArray().Take(5).Should().Equal("%PDF-"u8.ToArray());
    }
}
