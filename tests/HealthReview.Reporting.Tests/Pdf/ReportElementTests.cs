using HealthReview.Pdf.Documents;
using HealthReview.Pdf.Elements;
using HealthReview.Pdf.Layout;
using HealthReview.Pdf.Typography;
using HealthReview.Reporting.Pdf;
using SkiaSharp;

namespace HealthReview.Reporting.Tests.Pdf;

/// <summary>The report's own layout elements on small pages without margins.</summary>
public sealed class ReportElementTests
{
    private static PdfDocument Document(float height, Element content) => new(
        new PdfDocumentSettings
        {
            PageSize = new PageSize(200, height),
            Margins = Edges.All(0),
            HeaderFooterSpacing = 0,
            CreationDate = PdfTestData.Now,
            MaxPages = 50,
        },
        content);

    private static RecordedReport Render(float height, Element content) => RecordedReport.Of(Document(height, content));

    [Test]
    public void A_heading_with_too_little_of_its_content_below_moves_to_the_next_page_with_it()
    {
        var content = new Column([new Block("intro", 60), new KeepWithNext(new Block("heading", 10), new Column([new Block("a", 20), new Block("b", 20)]), minNextHeight: 30)]);

        var blocks = Render(100, content).Blocks.ToList();

        blocks.Single(b => b.Label == "intro").Page.Should().Be(1);
        blocks.Single(b => b.Label == "heading").Page.Should().Be(2, "only 20pt of the 40pt under it would fit, less than 30");
        blocks.Single(b => b.Label == "heading").Bounds.Top.Should().Be(0);
        blocks.Single(b => b.Label == "a").Page.Should().Be(2);
        blocks.Single(b => b.Label == "a").Bounds.Top.Should().Be(10);
    }

    [Test]
    public void A_heading_stays_when_enough_of_its_content_fits_and_the_rest_continues()
    {
        var content = new Column([new Block("intro", 40), new KeepWithNext(new Block("heading", 10), new Column([new Block("a", 30), new Block("b", 30)]), minNextHeight: 25)]);

        var blocks = Render(100, content).Blocks.ToList();

        blocks.Where(b => b.Label is "intro" or "heading" or "a").Should().OnlyContain(b => b.Page == 1);
        blocks.Single(b => b.Label == "b").Page.Should().Be(2);
    }

    [Test]
    public void Short_content_that_fits_whole_keeps_its_heading_even_below_the_minimum()
    {
        var content = new Column([new Block("intro", 60), new KeepWithNext(new Block("heading", 10), new Block("a", 20), minNextHeight: 80)]);

        Render(100, content).Blocks.Should().OnlyContain(b => b.Page == 1);
    }

    [Test]
    public void At_the_top_of_a_page_a_heading_never_moves_so_nothing_loops()
    {
        var content = new KeepWithNext(new Block("heading", 10), new Column([.. Enumerable.Range(1, 8).Select(i => new Block($"r{i}", 30))]), minNextHeight: 500);

        var report = Render(100, content);

        report.Blocks.Single(b => b.Label == "heading").Page.Should().Be(1);
        report.Pages.Should().HaveCount(3);
    }

    [Test]
    public void A_heading_that_does_not_fit_whole_moves_on_instead_of_splitting()
    {
        var heading = new Text(string.Join("\n", Enumerable.Range(1, 4).Select(i => $"heading line {i}")));
        var content = new Column([new Block("intro", 60), new KeepWithNext(heading, new Block("a", 10), minNextHeight: 5)]);

        var report = Render(100, content);

        report.PagesWith("heading line 1").Should().Equal(2);
        report.PagesWith("heading line 4").Should().Equal(2);
    }

    [Test]
    public void A_chip_in_a_tall_row_keeps_its_own_height()
    {
        var chip = new ShrinkToContent(new Text("HIGH", new TextStyle { Size = 7 }).Padding(5, 1.5f).Background(SKColors.OrangeRed));
        var row = new Row([RowItem.Auto(chip), RowItem.Relative(new Block("tall", 60))]);

        var report = Render(100, row);

        var fill = report.All.Single(i => i.Kind == RecordedKind.Rectangle);
        fill.Bounds.Height.Should().BeLessThan(15, "the background is as tall as the chip, not the row");
        fill.Bounds.Width.Should().BeLessThan(40);
    }

    [Test]
    public void An_anchor_records_its_page_and_the_page_number_is_painted_where_the_contents_list_it()
    {
        var pages = new PageNumberRegistry();
        var content = new Column(
        [
            new Row([RowItem.Relative(new Text("Findings")), RowItem.Constant(30, new PageNumberText("findings", pages, TextStyle.Default))]),
            new PageBreak(),
            new Block("filler", 10),
            new PageBreak(),
            new PageAnchor("findings", pages, new Text("3 Findings")),
        ]);

        var report = Render(100, content);

        pages.PageOf("findings").Should().Be(3);
        report.All.Should().Contain(i => i.Kind == RecordedKind.Destination && i.Label == "findings" && i.Page == 3);
        var number = report.All.Single(i => i.Kind == RecordedKind.Vector);
        number.Page.Should().Be(1);
        number.Bounds.Left.Should().Be(170);
    }
}
