using System.Globalization;
using HealthReview.Core.Cvss;
using HealthReview.Pdf;
using HealthReview.Pdf.Elements;
using HealthReview.Pdf.Layout;
using SkiaSharp;

namespace HealthReview.Reporting.Pdf;

/// <summary>
/// Open findings of the most exposed apps as horizontal bars stacked by severity, with a legend naming each colour
/// and the count at the end of each bar.
/// </summary>
internal static class SeverityChart
{
    private const float RowHeight = 17;
    private const float LegendHeight = 20;
    private const float AxisHeight = 8;
    private static readonly CvssSeverity[] Order = [CvssSeverity.Critical, CvssSeverity.High, CvssSeverity.Medium, CvssSeverity.Low];

    public sealed record Bar(string Label, IReadOnlyDictionary<CvssSeverity, int> Counts)
    {
        public int Total => Counts.Values.Sum();
    }

    public static IReadOnlyList<Bar> Bars(ReportModel model, int top) => [.. model.Open
        .GroupBy(f => model.AppLabel(f), StringComparer.Ordinal)
        .Select(g => new Bar(g.Key, Order.ToDictionary(s => s, s => g.Count(f => f.Severity == s))))
        .OrderByDescending(b => b.Counts[CvssSeverity.Critical])
        .ThenByDescending(b => b.Counts[CvssSeverity.High])
        .ThenByDescending(b => b.Counts[CvssSeverity.Medium])
        .ThenByDescending(b => b.Counts[CvssSeverity.Low])
        .ThenBy(b => b.Label, StringComparer.Ordinal)
        .Take(top)];

    public static Element Create(IReadOnlyList<Bar> bars) =>
        new Canvas(LegendHeight + (bars.Count * RowHeight) + AxisHeight, (canvas, size, fonts) => Paint(canvas, size, fonts, bars), name: "severity chart");

    private static void Paint(SKCanvas canvas, Size size, PdfFonts fonts, IReadOnlyList<Bar> bars)
    {
        var label = fonts.GetFont(7.5f, bold: false);
        var bold = fonts.GetFont(7.5f, bold: true);
        using var paint = new SKPaint { IsAntialias = true };

        // Legend: a swatch and the word for every severity.
        var x = 0f;
        foreach (var severity in Order)
        {
            paint.Color = ReportTheme.Severity(severity);
            canvas.DrawRect(x, 3, 8, 8, paint);
            paint.Color = ReportTheme.Ink;
            var word = severity.ToString();
            canvas.DrawText(word, x + 11, 10, SKTextAlign.Left, label, paint);
            x += 11 + label.MeasureText(word) + 14;
        }

        const float LabelWidth = 128;
        var barLeft = LabelWidth + 8;
        var barSpace = size.Width - barLeft - 28;
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Total));
        var unit = barSpace / max;

        paint.Color = ReportTheme.Rule;
        canvas.DrawRect(barLeft - 0.5f, LegendHeight - 2, 0.75f, (bars.Count * RowHeight) + 4, paint);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var top = LegendHeight + (i * RowHeight);
            paint.Color = ReportTheme.Ink;
            canvas.DrawText(Fit(bar.Label, label, LabelWidth), LabelWidth, top + 11, SKTextAlign.Right, label, paint);
            var left = barLeft;
            foreach (var severity in Order)
            {
                var width = bar.Counts[severity] * unit;
                if (width <= 0)
                {
                    continue;
                }

                paint.Color = ReportTheme.Severity(severity);
                canvas.DrawRect(left, top + 3, width - 0.6f, RowHeight - 6, paint);
                left += width;
            }

            paint.Color = ReportTheme.Ink;
            canvas.DrawText(bar.Total.ToString(CultureInfo.InvariantCulture), left + 4, top + 11, SKTextAlign.Left, bold, paint);
        }
    }

    /// <summary>The label, shortened with an ellipsis to fit the label column.</summary>
    private static string Fit(string text, SKFont font, float width)
    {
        if (font.MeasureText(text) <= width)
        {
            return text;
        }

        var length = text.Length;
        while (length > 1 && font.MeasureText(string.Concat(text.AsSpan(0, length), "…")) > width)
        {
            length--;
        }

        return string.Concat(text.AsSpan(0, length), "…");
    }
}
