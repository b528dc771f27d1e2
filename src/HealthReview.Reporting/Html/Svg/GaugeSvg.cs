using System.Text;

namespace HealthReview.Reporting.Html.Svg;

/// <summary>The posture score as a half-circle gauge, with Health Check's grade bands drawn around it.</summary>
internal static class GaugeSvg
{
    private const double CenterX = 120;
    private const double CenterY = 122;
    private const double Radius = 92;

    private static readonly (double From, double To, string Css)[] Bands =
    [
        (0, 55, "grade-very-poor"), (55, 70, "grade-poor"), (70, 80, "grade-good"), (80, 90, "grade-very-good"), (90, 100, "grade-excellent"),
    ];

    public static RawHtml Render(double? score, string grade, string gradeKey)
    {
        var label = score is { } s ? $"Posture score {Format.Score(s)} out of 100, grade {grade}" : "Posture score: not rated";
        var svg = new StringBuilder(1024);
        svg.Append("<svg class=\"gauge\" viewBox=\"0 0 240 140\" role=\"img\" aria-label=\"").Append(HtmlText.Escape(label)).Append("\">");
        svg.Append("<title>").Append(HtmlText.Escape(label)).Append("</title>");
        foreach (var (from, to, css) in Bands)
        {
            svg.Append("<path class=\"band ").Append(css).Append("\" d=\"").Append(Arc(from + 0.4, to - 0.4, Radius + 15)).Append("\"/>");
        }

        svg.Append("<path class=\"track\" d=\"").Append(Arc(0, 100, Radius)).Append("\"/>");
        if (score is { } value && value > 0)
        {
            svg.Append("<path class=\"value ").Append(gradeKey).Append("\" d=\"").Append(Arc(0, Math.Clamp(value, 0, 100), Radius)).Append("\"/>");
        }

        svg.Append("<text class=\"gauge-score\" x=\"120\" y=\"112\" text-anchor=\"middle\">").Append(HtmlText.Escape(Format.Score(score))).Append("</text>");
        svg.Append("<text class=\"gauge-scale\" x=\"").Append(SvgNumber.Of(CenterX - Radius)).Append("\" y=\"138\" text-anchor=\"middle\">0</text>");
        svg.Append("<text class=\"gauge-scale\" x=\"").Append(SvgNumber.Of(CenterX + Radius)).Append("\" y=\"138\" text-anchor=\"middle\">100</text>");
        svg.Append("</svg>");
        return new RawHtml(svg.ToString());
    }

    // An arc over the top of the circle from score `from` (left) to `to` (right); 0 is at 180°, 100 at 0°.
    private static string Arc(double from, double to, double radius)
    {
        var (x1, y1) = Point(from, radius);
        var (x2, y2) = Point(to, radius);
        return $"M{SvgNumber.Of(x1)} {SvgNumber.Of(y1)}A{SvgNumber.Of(radius)} {SvgNumber.Of(radius)} 0 0 1 {SvgNumber.Of(x2)} {SvgNumber.Of(y2)}";
    }

    private static (double X, double Y) Point(double score, double radius)
    {
        var angle = Math.PI * (1 - (score / 100));
        return (CenterX + (radius * Math.Cos(angle)), CenterY - (radius * Math.Sin(angle)));
    }
}
