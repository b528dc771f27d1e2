using HealthReview.Pdf.Elements;
using HealthReview.Pdf.Layout;
using HealthReview.Pdf.Tests.Support;
using HealthReview.Pdf.Typography;

namespace HealthReview.Pdf.Tests.Layout;

public class ColumnLayoutTests
{
    [Test]
    public void Items_stack_top_down_with_the_spacing_between_them()
    {
        var result = LayoutHarness.Render(200, 300, new Column([new Probe("a", 20), new Probe("b", 30), new Probe("c", 40)], spacing: 5));

        result.Pages.Should().HaveCount(1);
        result.Probe(1, "a").Bounds.Top.Should().Be(0);
        result.Probe(1, "b").Bounds.Top.Should().Be(25);
        result.Probe(1, "c").Bounds.Top.Should().Be(60);
        result.Probe(1, "c").Bounds.Width.Should().Be(200);
    }

    [Test]
    public void Texts_in_a_column_stack_with_spacing_and_do_not_overlap()
    {
        var style = TextStyle.Default.WithSize(12);
        var result = LayoutHarness.Render(300, 300, new Column([new Text("First", style), new Text("Second", style)], spacing: 10));

        var texts = result.Texts(1).ToList();
        texts.Select(t => t.Label).Should().Equal("First", "Second");
        var lineHeight = 12 * style.LineHeight;
        (texts[1].Bounds.Top - texts[0].Bounds.Top).Should().BeApproximately(lineHeight + 10, 0.01f);
    }

    [Test]
    public void An_item_that_does_not_fit_the_rest_of_the_page_starts_the_next_page()
    {
        var result = LayoutHarness.Render(200, 100, new Column([new Probe("a", 60), new Probe("b", 60), new Probe("c", 30)], spacing: 5));

        result.Pages.Should().HaveCount(2);
        result.Probes(1).Select(p => p.Label).Should().Equal("a");
        result.Probe(2, "b").Bounds.Top.Should().Be(0, "an item continuing on a new page starts at its top, without spacing");
        result.Probe(2, "c").Bounds.Top.Should().Be(65);
    }

    [Test]
    public void Nested_columns_continue_where_they_stopped()
    {
        var inner = new Column([new Probe("i1", 40), new Probe("i2", 40), new Probe("i3", 40)]);
        var result = LayoutHarness.Render(100, 100, new Column([new Probe("before", 10), inner, new Probe("after", 10)]));

        result.Pages.Should().HaveCount(2);
        result.Probes(1).Select(p => p.Label).Should().Equal("before", "i1", "i2");
        result.Probes(2).Select(p => p.Label).Should().Equal("i3", "after");
        result.Probe(2, "after").Bounds.Top.Should().Be(40);
    }
}
