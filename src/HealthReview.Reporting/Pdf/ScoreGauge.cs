using HealthReview.Pdf;
using HealthReview.Pdf.Elements;
using HealthReview.Pdf.Layout;
using SkiaSharp;

namespace HealthReview.Reporting.Pdf;

/// <summary>A half-circle gauge of the 0–100 posture score, with the grade bands marked on the track.</summary>
internal static class ScoreGauge
{
    private static readonly (double From, double To)[] Bands = [(0, 55), (55, 70), (70, 80), (80, 90), (90, 100)];

    public static Element Create(double? score, float height = 118) =>
        new Canvas(height, (canvas, size, fonts) => Paint(canvas, size, fonts, score), name: "score gauge");

    private static void Paint(SKCanvas canvas, Size size, PdfFonts fonts, double? score)
    {
        var radius = Math.Min((size.Width / 2) - 10, size.Height - 22);
        var centre = new SKPoint(size.Width / 2, radius + 8);
        var arc = SKRect.Create(centre.X - radius, centre.Y - radius, radius * 2, radius * 2);
        const float Thickness = 13;

        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = Thickness, StrokeCap = SKStrokeCap.Butt };
        foreach (var (from, to) in Bands)
        {
            // The grade bands as pale segments, so the reader sees where the next grade starts.
            paint.Color = ReportTheme.Grade(from).WithAlpha(0x38);
            canvas.DrawArc(arc, 180 + (float)(from * 1.8), (float)((to - from) * 1.8) - 0.6f, false, paint);
        }

        if (score is { } value)
        {
            paint.Color = ReportTheme.Grade(value);
            canvas.DrawArc(arc, 180, (float)(Math.Clamp(value, 0, 100) * 1.8), false, paint);

            // A marker line at the score across the track.
            var angle = Math.PI * (1 + (Math.Clamp(value, 0, 100) / 100));
            var (cos, sin) = ((float)Math.Cos(angle), (float)Math.Sin(angle));
            using var marker = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1.6f, Color = ReportTheme.Ink };
            canvas.DrawLine(
                centre.X + (cos * (radius - (Thickness / 2) - 3)), centre.Y + (sin * (radius - (Thickness / 2) - 3)),
                centre.X + (cos * (radius + (Thickness / 2) + 3)), centre.Y + (sin * (radius + (Thickness / 2) + 3)),
                marker);
        }

        using var text = new SKPaint { IsAntialias = true, Color = ReportTheme.Ink };
        var big = fonts.GetFont(Math.Min(30, radius * 0.55f), bold: true);
        canvas.DrawText(ReportFormat.Score(score), centre.X, centre.Y - 4, SKTextAlign.Center, big, text);
        text.Color = ReportTheme.Muted;
        var small = fonts.GetFont(7.5f, bold: false);
        canvas.DrawText("out of 100", centre.X, centre.Y + 8, SKTextAlign.Center, small, text);
        canvas.DrawText("0", centre.X - radius, centre.Y + 12, SKTextAlign.Center, small, text);
        canvas.DrawText("100", centre.X + radius, centre.Y + 12, SKTextAlign.Center, small, text);
    }
}
