using HealthReview.Reporting.Pdf;

namespace HealthReview.Reporting.Tests.Pdf;

public sealed class PdfReportDeterminismTests
{
    [Test]
    public void The_same_result_and_clock_give_byte_identical_reports()
    {
        var first = RenderedReport.Write(PdfTestData.Sample());
        var second = RenderedReport.Write(PdfTestData.Sample());

        second.Should().Equal(first);
        first.Take(5).Should().Equal("%PDF-"u8.ToArray());
    }

    [Test]
    public void Another_clock_changes_the_creation_date_and_so_the_bytes()
    {
        var sample = PdfTestData.Sample();
        var later = RenderedReport.Of(sample with { GeneratedAt = PdfTestData.Now.AddDays(1) });

        later.Bytes.Should().NotEqual(RenderedReport.Write(sample));
        later.Information.GetCreatedDateTimeOffset().Should().Be(PdfTestData.Now.AddDays(1));
        later.PageTexts[0].Should().Contain("2026-11-24 09:00 UTC");
    }

    [Test]
    public void A_large_report_is_byte_identical_too()
    {
        var result = PdfTestData.Large(60);

        RenderedReport.Write(result).Should().Equal(RenderedReport.Write(result));
    }

    [Test]
    public void Rendering_reads_nothing_but_the_result()
    {
        // The writer keeps no state between reports: a second writer, after another report, gives the same bytes.
        var writer = new PdfReportWriter();
        using var other = new MemoryStream();
        writer.Write(PdfTestData.Large(10), other);
        using var again = new MemoryStream();
        writer.Write(PdfTestData.Sample(), again);

        again.ToArray().Should().Equal(RenderedReport.Write(PdfTestData.Sample()));
    }
}
