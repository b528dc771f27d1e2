using HealthReview.Pdf.Layout;
using SkiaSharp;

namespace HealthReview.Pdf.Drawing;

/// <summary>
/// Draws within (0, 0)–<paramref name="size"/> on a Skia canvas. <paramref name="fonts"/> gives the
/// embedded typefaces, so labels in charts do not fall back to (absent) system fonts.
/// </summary>
public delegate void VectorPainter(SKCanvas canvas, Size size, PdfFonts fonts);
