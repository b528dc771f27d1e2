using HealthReview.Pdf.Elements;
using HealthReview.Pdf.Layout;
using HealthReview.Pdf.Tests.Support;
using SkiaSharp;

namespace HealthReview.Pdf.Tests.Layout;

public class ContainerLayoutTests
{
    [Test]
    public void Row_items_get_constant_auto_and_relative_widths_with_spacing()
    {
        var row = new Row(
        [
            RowItem.Constant(30, new Probe("fixed", 10)),
            RowItem.Auto(new Probe("auto", 10, width: 20)),
            RowItem.Relative(1, new Probe("one", 10)),
            RowItem.Relative(2, new Probe("two", 15)),
        ], spacing: 10);

        var result = LayoutHarness.Render(200, 100, new Column([row, new Probe("below", 5)]));

        result.Probe(1, "fixed").Bounds.Should().Be(SKRect.Create(0, 0, 30, 10));
        result.Probe(1, "auto").Bounds.Should().Be(SKRect.Create(40, 0, 20, 10));
        result.Probe(1, "one").Bounds.Should().Be(SKRect.Create(70, 0, 40, 10));
        result.Probe(1, "two").Bounds.Should().Be(SKRect.Create(120, 0, 80, 15));
        result.Probe(1, "below").Bounds.Top.Should().Be(15, "the row is as tall as its tallest item");
    }

    [Test]
    public void Padding_border_and_background_nest_around_the_child()
    {
        var boxed = new Probe("child", 20).Padding(5).Border(2, SKColors.Red).Background(SKColors.Yellow);

        var result = LayoutHarness.Render(100, 100, new Column([boxed, new Probe("next", 10)]));

        var items = result.Pages[0].Items;
        items[0].Kind.Should().Be(DrawnKind.Rectangle);
        items[0].Bounds.Should().Be(SKRect.Create(0, 0, 100, 34), "the background fills the whole measured area first");
        items.Where(i => i.Kind == DrawnKind.Rectangle).Skip(1).Should().HaveCount(4, "four border sides");
        result.Probe(1, "child").Bounds.Should().Be(SKRect.Create(7, 7, 86, 20));
        result.Probe(1, "next").Bounds.Top.Should().Be(34);
    }

    [Test]
    public void A_canvas_is_drawn_once_with_its_height_and_the_offered_width()
    {
        var result = LayoutHarness.Render(150, 200, new Column([new Probe("above", 10), new Canvas(80, (_, _, _) => { })]));

        result.Pages[0].Items.Where(i => i.Kind == DrawnKind.Vector).Should().ContainSingle()
            .Which.Bounds.Should().Be(SKRect.Create(0, 10, 150, 80));
    }

    [Test]
    public void Links_and_destinations_are_placed_over_their_content()
    {
        var content = new Column(
        [
            new Text("Go to finding").LinkTo("finding-1"),
            new PageBreak(),
            new Text("Finding 1").Destination("finding-1"),
            new Text("Salesforce docs").LinkToUrl("https://help.salesforce.com"),
        ]);

        var result = LayoutHarness.Render(200, 100, content);

        var link = result.Pages[0].Items.Single(i => i.Kind == DrawnKind.Link);
        link.Label.Should().Be("finding-1");
        link.Bounds.Should().Match<SKRect>(r => r.Contains(result.Texts(1).Single().Bounds.MidX, result.Texts(1).Single().Bounds.MidY));
        result.Pages[1].Items.Should().Contain(i => i.Kind == DrawnKind.Destination && i.Label == "finding-1");
        result.Pages[1].Items.Should().Contain(i => i.Kind == DrawnKind.Link && i.Label == "https://help.salesforce.com");
    }
}
