using HealthReview.Pdf.Documents;
using HealthReview.Pdf.Elements;
using HealthReview.Pdf.Layout;
using HealthReview.Pdf.Tests.Support;
using HealthReview.Pdf.Typography;

namespace HealthReview.Pdf.Tests.Layout;

public class PagingLayoutTests
{
    [Test]
    public void KeepTogether_moves_a_block_that_does_not_fit_to_the_next_page()
    {
        var block = new Column([new Probe("k1", 30), new Probe("k2", 30)]).KeepTogether();

        var result = LayoutHarness.Render(100, 100, new Column([new Probe("first", 50), block]));

        result.Probes(1).Select(p => p.Label).Should().Equal("first");
        result.Probes(2).Select(p => p.Label).Should().Equal("k1", "k2");
        result.Probe(2, "k1").Bounds.Top.Should().Be(0);
    }

    [Test]
    public void KeepTogether_that_could_never_fit_a_page_splits_where_it_is_instead_of_leaving_a_gap()
    {
        var block = new Column([new Probe("k1", 40), new Probe("k2", 60), new Probe("k3", 60)]).KeepTogether();

        var result = LayoutHarness.Render(100, 100, new Column([new Probe("first", 50), block]));

        result.Pages.Should().HaveCount(3);
        result.Probes(1).Select(p => p.Label).Should().Equal("first", "k1");
        result.Probes(2).Select(p => p.Label).Should().Equal("k2");
        result.Probes(3).Select(p => p.Label).Should().Equal("k3");
    }

    [Test]
    public void KeepTogether_whose_first_part_cannot_fit_the_space_left_still_moves_on()
    {
        var block = new Column([new Probe("k1", 60), new Probe("k2", 60)]).KeepTogether();

        var result = LayoutHarness.Render(100, 100, new Column([new Probe("first", 50), block]));

        result.Pages.Should().HaveCount(3);
        result.Probes(1).Select(p => p.Label).Should().Equal("first");
        result.Probes(2).Select(p => p.Label).Should().Equal("k1");
    }

    [Test]
    public void A_page_break_starts_a_new_page_but_never_a_blank_one()
    {
        var content = new Column([new PageBreak(), new Probe("a", 10), new PageBreak(), new PageBreak(), new Probe("b", 10)]);

        var result = LayoutHarness.Render(100, 100, content);

        result.Pages.Should().HaveCount(2);
        result.Probe(1, "a").Bounds.Top.Should().Be(0);
        result.Probe(2, "b").Bounds.Top.Should().Be(0);
    }

    [Test]
    public void Content_that_can_never_fit_raises_a_layout_error_naming_it_instead_of_looping()
    {
        var chart = new Canvas(500, (_, _, _) => { }, name: "risk chart");
        var document = new PdfDocument(LayoutHarness.Settings(200, 300), new Column([new Text("intro"), chart]));

        var act = () => LayoutHarness.Render(document);

        var error = act.Should().Throw<PdfLayoutException>().Which;
        error.Message.Should().Contain("Canvas \"risk chart\"").And.Contain("500");
        error.Element.Should().BeSameAs(chart);
        error.PageNumber.Should().Be(2, "it first moved off page 1, then could not fit the empty page 2");
    }

    [Test]
    public void Header_and_footer_are_built_per_page_with_the_page_number_and_total()
    {
        var document = new PdfDocument(
            LayoutHarness.Settings(200, 120),
            new Column(Enumerable.Range(1, 6).Select(i => (Element)new Probe($"p{i}", 40)).ToList()))
        {
            Header = page => new Text("Health Review"),
            Footer = page => new Text($"Page {page.Number} of {page.Total}", alignment: TextAlignment.Right),
        };

        var result = LayoutHarness.Render(document);

        var lineHeight = 10 * TextStyle.Default.LineHeight;
        result.Pages.Should().HaveCount(3);
        foreach (var page in Enumerable.Range(1, 3))
        {
            result.Texts(page).Should().Contain(t => t.Label == $"Page {page} of 3" && t.Bounds.Bottom <= 120 && t.Bounds.Top >= 120 - lineHeight);
            result.Texts(page).Should().Contain(t => t.Label == "Health Review" && t.Bounds.Top >= 0 && t.Bounds.Bottom <= lineHeight);
            result.Probes(page).Should().OnlyContain(p => p.Bounds.Top >= lineHeight && p.Bounds.Bottom <= 120 - lineHeight);
        }
    }

    [Test]
    public void An_element_used_twice_in_one_document_is_rejected()
    {
        var shared = new Text("N/A");

        var act = () => LayoutHarness.Render(100, 100, new Column([shared, shared]));

        act.Should().Throw<ArgumentException>().WithMessage("*Text \"N/A\" appears more than once*");
    }

    [Test]
    public void An_empty_document_still_has_one_page()
    {
        var result = LayoutHarness.Render(100, 100, new Column([]));

        result.Pages.Should().ContainSingle().Which.Items.Should().BeEmpty();
    }

    [Test]
    public void Running_past_the_page_limit_is_a_layout_error()
    {
        var settings = LayoutHarness.Settings(100, 100) with { MaxPages = 3 };
        var document = new PdfDocument(settings, new Column(Enumerable.Range(1, 10).Select(i => (Element)new Probe($"p{i}", 80)).ToList()));

        var act = () => LayoutHarness.Render(document);

        act.Should().Throw<PdfLayoutException>().WithMessage("*more than 3 pages*");
    }
}
