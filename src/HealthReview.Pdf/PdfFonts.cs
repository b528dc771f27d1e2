using System.Reflection;
using HealthReview.Pdf.Typography;
using SkiaSharp;

namespace HealthReview.Pdf;

/// <summary>
/// The embedded DejaVu Sans typefaces and the fonts made from them. Both layout (measuring) and
/// drawing use these, so what is measured is what is drawn, on any machine. Not thread-safe:
/// one instance per renderer.
/// </summary>
public sealed class PdfFonts : IDisposable
{
    private const string RegularResource = "HealthReview.Pdf.Fonts.DejaVuSans.ttf";
    private const string BoldResource = "HealthReview.Pdf.Fonts.DejaVuSans-Bold.ttf";

    private readonly Dictionary<(float Size, bool Bold), SKFont> fonts = [];

    // Reports repeat the same words thousands of times; asking Skia for each one is the costliest part of line breaking.
    private readonly Dictionary<(string Text, float Size, bool Bold), float> widths = [];

    private PdfFonts(SKTypeface regular, SKTypeface bold)
    {
        Regular = regular;
        Bold = bold;
    }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    /// <summary>Loads the typefaces from this assembly's resources; throws if one is missing or empty.</summary>
    public static PdfFonts LoadEmbedded()
    {
        var regular = LoadTypeface(RegularResource);
        try
        {
            return new PdfFonts(regular, LoadTypeface(BoldResource));
        }
        catch
        {
            regular.Dispose();
            throw;
        }
    }

    /// <summary>A font for the style, set up for PDF output: unhinted, linear metrics, subpixel positions.</summary>
    public SKFont GetFont(TextStyle style) => GetFont(style.Size, style.Bold);

    public SKFont GetFont(float size, bool bold)
    {
        if (!fonts.TryGetValue((size, bold), out var font))
        {
            font = new SKFont(bold ? Bold : Regular, size)
            {
                Hinting = SKFontHinting.None,
                LinearMetrics = true,
                Subpixel = true,
                Edging = SKFontEdging.Antialias,
            };
            fonts.Add((size, bold), font);
        }

        return font;
    }

    /// <summary>The advance width of <paramref name="text"/> in the style, as Skia measures it, remembered per text and font.</summary>
    public float MeasureText(string text, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(style);
        var key = (text, style.Size, style.Bold);
        if (!widths.TryGetValue(key, out var width))
        {
            width = GetFont(style).MeasureText(text);
            widths.Add(key, width);
        }

        return width;
    }

    public void Dispose()
    {
        foreach (var font in fonts.Values)
        {
            font.Dispose();
        }

        fonts.Clear();
        widths.Clear();
        Regular.Dispose();
        Bold.Dispose();
    }

    private static SKTypeface LoadTypeface(string resourceName)
    {
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException(
                $"Embedded font '{resourceName}' is missing from {typeof(PdfFonts).Assembly.GetName().Name}; the PDF would have no text.");

        using var data = SKData.Create(stream);
        var typeface = SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"Embedded font '{resourceName}' could not be read by Skia.");

        if (typeface.GlyphCount <= 0)
        {
            typeface.Dispose();
            throw new InvalidOperationException(
                $"Embedded font '{resourceName}' has no glyphs; Skia would silently draw no text.");
        }

        return typeface;
    }
}
