using HealthReview.Pdf.Documents;
using HealthReview.Pdf.Elements;
using HealthReview.Pdf.Layout;
using HealthReview.Pdf.Tests.Support;
using HealthReview.Pdf.Typography;

namespace HealthReview.Pdf.Tests.Layout;

public class TextLayoutTests
{
    private const string Lorem =
        "Connected apps that allow every user to self-authorize, with refresh tokens that never expire, " +
        "widen the window in which a stolen token remains useful. Review the policies below and tighten them.";

    [Test]
    public void Text_wraps_within_the_width_and_nothing_is_drawn_outside_the_content_area()
    {
        var settings = LayoutHarness.Settings(220, 400, margin: 30);
        var result = LayoutHarness.Render(new PdfDocument(settings, new Text(Lorem)));

        var lines = result.Texts(1).ToList();
        lines.Should().HaveCountGreaterThan(3);
        var contentArea = SkiaSharp.SKRect.Create(30, 30, 160, 340);
        lines.Should().OnlyContain(t => t.Bounds.Left >= contentArea.Left && t.Bounds.Right <= contentArea.Right + 0.01f);
        lines.Should().OnlyContain(t => t.Bounds.Top >= contentArea.Top && t.Bounds.Bottom <= contentArea.Bottom);
        string.Join(" ", lines.Select(l => l.Label)).Should().Be(Lorem);
    }

    [Test]
    public void A_long_url_that_does_not_fit_a_line_is_broken_between_characters()
    {
        const string url = "https://login.salesforce.com/services/oauth2/authorize?response_type=code&client_id=3MVG9A2kN3Bn17hs";
        var result = LayoutHarness.Render(150, 300, new Text("See " + url + " for details"));

        var lines = result.Texts(1).Select(t => t.Label).ToList();
        lines.Should().HaveCountGreaterThan(3);
        lines[0].Should().Be("See", "the URL does not fit after 'See', so it starts on a new line");
        string.Concat(lines.Skip(1)).Should().StartWith(url);
        lines.Skip(1).TakeWhile(l => !l.Contains(' ', StringComparison.Ordinal)).Should().NotBeEmpty().And.OnlyContain(l => "/-?&=._".Contains(l[l.Length - 1]), "breaks prefer URL separators");
        result.Texts(1).Should().OnlyContain(t => t.Bounds.Right <= 150.01f);
    }

    [Test]
    public void A_long_token_without_separators_is_broken_at_character_level()
    {
        var token = string.Concat(Enumerable.Repeat("eyJhbGciOiJSUzI1NiJ9", 8));
        var result = LayoutHarness.Render(100, 300, new Text(token));

        var lines = result.Texts(1).ToList();
        lines.Should().HaveCountGreaterThan(4);
        string.Concat(lines.Select(l => l.Label)).Should().Be(token);
        lines.Should().OnlyContain(l => l.Bounds.Right <= 100.01f);
        lines.SkipLast(1).Should().OnlyContain(l => l.Bounds.Width > 90, "each line is filled before breaking");
    }

    [Test]
    public void Text_spanning_pages_splits_between_lines_never_through_a_line()
    {
        var text = string.Join(" ", Enumerable.Repeat(Lorem, 6));
        var result = LayoutHarness.Render(200, 120, new Text(text));

        result.Pages.Should().HaveCountGreaterThan(2);
        foreach (var page in Enumerable.Range(1, result.Pages.Count))
        {
            result.Texts(page).Should().OnlyContain(t => t.Bounds.Top >= 0 && t.Bounds.Bottom <= 120);
        }

        var all = Enumerable.Range(1, result.Pages.Count).SelectMany(result.Texts).Select(t => t.Label);
        string.Join(" ", all).Should().Be(text, "every word is drawn exactly once across the pages");
    }

    [Test]
    public void Spans_keep_their_own_size_and_weight_on_one_line()
    {
        var spans = new[]
        {
            new TextSpan("Status: ", TextStyle.Default.WithSize(10)),
            new TextSpan("FAIL", TextStyle.Default.WithSize(14).AsBold()),
        };
        var result = LayoutHarness.Render(300, 100, new Text(spans));

        var texts = result.Texts(1).ToList();
        texts.Should().HaveCount(2);
        texts[1].Bold.Should().BeTrue();
        texts[1].FontSize.Should().Be(14);
        texts[1].Bounds.Left.Should().BeApproximately(texts[0].Bounds.Right, 0.01f);
        (texts[0].Bounds.Bottom - texts[1].Bounds.Bottom).Should().BeInRange(-3, 0, "both sit on one baseline");
    }

    [Test]
    public void Newlines_force_line_breaks_and_alignment_moves_lines()
    {
        var result = LayoutHarness.Render(200, 200, new Text("left\nright", alignment: TextAlignment.Right));

        var texts = result.Texts(1).ToList();
        texts.Select(t => t.Label).Should().Equal("left", "right");
        texts.Should().OnlyContain(t => Math.Abs(t.Bounds.Right - 200) < 0.01f);
    }

    [Test]
    public void Characters_missing_from_the_font_are_laid_out_without_crashing()
    {
        var result = LayoutHarness.Render(200, 200, new Text("Résumé 日本語 😀 ∑ done"));

        result.Texts(1).Select(t => t.Label).Should().ContainSingle().Which.Should().Contain("😀");
    }

    [Test]
    public void Text_too_narrow_for_a_single_character_is_a_layout_error()
    {
        var act = () => LayoutHarness.Render(3, 200, new Text("W"));

        act.Should().Throw<PdfLayoutException>().WithMessage("*Text \"W\"*wider than*");
    }
}
