using HealthReview.Pdf.Elements;
using HealthReview.Pdf.Layout;
using HealthReview.Pdf.Tests.Support;
using HealthReview.Pdf.Typography;

namespace HealthReview.Pdf.Tests.Layout;

public class TableLayoutTests
{
    private static readonly TableColumn[] TwoColumns = [TableColumn.Constant(50), TableColumn.Relative()];

    [Test]
    public void Columns_get_constant_and_relative_widths()
    {
        var table = new Table(
            [TableColumn.Constant(40), TableColumn.Relative(1), TableColumn.Relative(3)],
            [[new Probe("a", 10), new Probe("b", 10), new Probe("c", 10)]]);

        var result = LayoutHarness.Render(200, 100, table);

        result.Probe(1, "a").Bounds.Should().Be(SkiaSharp.SKRect.Create(0, 0, 40, 10));
        result.Probe(1, "b").Bounds.Should().Be(SkiaSharp.SKRect.Create(40, 0, 40, 10));
        result.Probe(1, "c").Bounds.Should().Be(SkiaSharp.SKRect.Create(80, 0, 120, 10));
    }

    [Test]
    public void The_header_row_is_repeated_at_the_top_of_every_page()
    {
        var rows = Enumerable.Range(1, 12).Select(i => (IReadOnlyList<Element>)[new Probe($"id{i}", 20), new Probe($"name{i}", 20)]).ToList();
        var table = new Table(TwoColumns, rows, header: [new Text("Id"), new Text("Name")]);

        var result = LayoutHarness.Render(200, 100, new Column([new Probe("intro", 30), table]));

        result.Pages.Count.Should().BeGreaterThan(2);
        foreach (var page in Enumerable.Range(1, result.Pages.Count))
        {
            var header = result.Texts(page).Where(t => t.Label is "Id" or "Name").ToList();
            header.Should().HaveCount(2, $"page {page} repeats the header");
            var headerTop = page == 1 ? 30 : 0;
            header.Should().OnlyContain(t => t.Bounds.Top >= headerTop && t.Bounds.Top < headerTop + 5);
            result.Probes(page).Where(p => p.Label.StartsWith("id", StringComparison.Ordinal))
                .Should().OnlyContain(p => p.Bounds.Top >= header[0].Bounds.Bottom, "rows come below the header");
        }

        var ids = Enumerable.Range(1, result.Pages.Count).SelectMany(result.Probes).Where(p => p.Label.StartsWith("id", StringComparison.Ordinal));
        ids.Select(p => p.Label).Should().Equal(Enumerable.Range(1, 12).Select(i => $"id{i}"), "each row is drawn once, in order");
    }

    [Test]
    public void A_row_taller_than_the_remaining_space_moves_whole_to_the_next_page()
    {
        var fourLines = "one\ntwo\nthree\nfour";
        var table = new Table(TwoColumns, [
            [new Text("r1"), new Text("short")],
            [new Text("r2"), new Text(fourLines)],
        ]);

        // About three lines of text fit under the first probe; the second row needs four.
        var lineHeight = 10 * TextStyle.Default.LineHeight;
        var result = LayoutHarness.Render(200, (lineHeight * 5) + 1, new Column([new Probe("top", lineHeight), table]));

        result.Pages.Should().HaveCount(2);
        result.PagesWithText("r1").Should().Equal(1);
        result.PagesWithText("r2").Should().Equal(2);
        result.PagesWithText("one").Should().Equal(2);
        result.PagesWithText("four").Should().Equal(2);
        result.Texts(2).Single(t => t.Label == "r2").Bounds.Top.Should().BeLessThan(lineHeight, "the moved row starts the page");
    }

    [Test]
    public void A_row_taller_than_a_whole_page_splits_between_text_lines()
    {
        var manyLines = string.Join("\n", Enumerable.Range(1, 20).Select(i => $"line {i}"));
        var table = new Table(TwoColumns, [[new Text("r1"), new Text(manyLines).Padding(2).Background(SkiaSharp.SKColors.LightGray)]], header: [new Text("H"), new Text("Details")]);

        var result = LayoutHarness.Render(200, 100, table);

        result.Pages.Count.Should().BeGreaterThan(2);
        var drawnLines = Enumerable.Range(1, result.Pages.Count).SelectMany(result.Texts).Where(t => t.Label.StartsWith("line", StringComparison.Ordinal));
        drawnLines.Select(t => t.Label).Should().Equal(Enumerable.Range(1, 20).Select(i => $"line {i}"), "each line is drawn once, whole");
        foreach (var page in Enumerable.Range(1, result.Pages.Count))
        {
            result.Texts(page).Should().Contain(t => t.Label == "Details", "the header repeats while the row continues");
            result.Texts(page).Should().OnlyContain(t => t.Bounds.Bottom <= 100);
        }
    }

    [Test]
    public void A_row_taller_than_a_page_starts_right_below_the_previous_row_instead_of_leaving_a_gap()
    {
        var manyLines = string.Join("\n", Enumerable.Range(1, 20).Select(i => $"line {i}"));
        var table = new Table(TwoColumns, [[new Text("r1"), new Text("short")], [new Text("r2"), new Text(manyLines)]]);

        var result = LayoutHarness.Render(200, 100, table);

        var shortRow = result.Texts(1).Single(t => t.Label == "short");
        var firstLine = result.Texts(1).Single(t => t.Label == "line 1");
        firstLine.Bounds.Top.Should().BeGreaterThan(shortRow.Bounds.Bottom).And.BeLessThan(shortRow.Bounds.Bottom + 5);
        result.PagesWithText("r2").Should().Equal(1);
        result.PagesWithText("line 20").Should().Equal(result.Pages.Count);
    }

    [Test]
    public void A_table_with_only_a_header_is_drawn_once()
    {
        var result = LayoutHarness.Render(200, 100, new Table(TwoColumns, [], header: [new Text("Id"), new Text("Name")]));

        result.Pages.Should().HaveCount(1);
        result.Texts(1).Select(t => t.Label).Should().Equal("Id", "Name");
    }

    [Test]
    public void Rows_with_the_wrong_number_of_cells_are_rejected()
    {
        var act = () => new Table(TwoColumns, [[new Text("only one")]]);

        act.Should().Throw<ArgumentException>().WithMessage("*Row 0 has 1 cells for 2 columns*");
    }
}
