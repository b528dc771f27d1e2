using System.Text;

namespace HealthReview.Reporting.Html.Svg;

/// <summary>A ring split by share (findings by status), with the total in the middle.</summary>
internal static class DonutSvg
{
    private const double Center = 70;
    private const double Radius = 54;

    public static RawHtml Render(string title, IReadOnlyList<BarSegment> segments, string centerLabel)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var total = segments.Sum(s => s.Count);
        var svg = new StringBuilder(1024);
        svg.Append("<svg class=\"donut\" viewBox=\"0 0 140 140\" role=\"img\" aria-label=\"").Append(HtmlText.Escape(title))
            .Append("\"><title>").Append(HtmlText.Escape(title)).Append("</title>");
        svg.Append("<circle class=\"donut-track\" cx=\"70\" cy=\"70\" r=\"").Append(SvgNumber.Of(Radius)).Append("\"/>");
        var circumference = 2 * Math.PI * Radius;
        double offset = 0;
        foreach (var segment in segments.Where(s => s.Count > 0))
        {
            var length = circumference * segment.Count / total;
            // One circle per segment, drawn as a dash of the ring starting where the previous one ended (12 o'clock first).
            svg.Append("<circle class=\"donut-seg ").Append(segment.CssClass).Append("\" cx=\"70\" cy=\"70\" r=\"").Append(SvgNumber.Of(Radius))
                .Append("\" stroke-dasharray=\"").Append(SvgNumber.Of(length)).Append(' ').Append(SvgNumber.Of(circumference - length))
                .Append("\" stroke-dashoffset=\"").Append(SvgNumber.Of((circumference / 4) - offset)).Append("\"><title>")
                .Append(HtmlText.Escape($"{segment.Label}: {Format.Count(segment.Count)}")).Append("</title></circle>");
            offset += length;
        }

        svg.Append("<text class=\"donut-total\" x=\"70\" y=\"72\" text-anchor=\"middle\">").Append(Format.Count(total)).Append("</text>");
        svg.Append("<text class=\"donut-label\" x=\"70\" y=\"90\" text-anchor=\"middle\">").Append(HtmlText.Escape(centerLabel)).Append("</text>");
        svg.Append("</svg>");
        return new RawHtml(svg.ToString());
    }
}
