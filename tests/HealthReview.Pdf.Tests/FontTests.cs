namespace HealthReview.Pdf.Tests;

public class FontTests
{
    [Test]
    public void The_embedded_regular_and_bold_typefaces_load_with_glyphs()
    {
        using var fonts = PdfFonts.LoadEmbedded();

        fonts.Regular.GlyphCount.Should().BeGreaterThan(1000);
        fonts.Bold.GlyphCount.Should().BeGreaterThan(1000);
        fonts.Regular.FamilyName.Should().Be("DejaVu Sans");
        fonts.Bold.IsBold.Should().BeTrue();
    }

    [Test]
    public void Measurement_uses_the_embedded_typeface_so_bold_text_is_wider()
    {
        using var fonts = PdfFonts.LoadEmbedded();

        var regular = fonts.GetFont(10, bold: false).MeasureText("Health Review");
        var bold = fonts.GetFont(10, bold: true).MeasureText("Health Review");

        regular.Should().BeGreaterThan(50);
        bold.Should().BeGreaterThan(regular);
    }
}
