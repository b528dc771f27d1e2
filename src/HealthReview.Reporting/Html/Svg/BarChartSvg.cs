using System.Text;

namespace HealthReview.Reporting.Html.Svg;

/// <summary>
/// A horizontal (stacked) bar chart: a label, a bar per row split into coloured segments, and the total. Every label is
/// escaped; a long one is shortened with its full text in a tooltip.
/// </summary>
internal static class BarChartSvg
{
    private const int RowHeight = 26;
    private const int BarHeight = 16;

    public static RawHtml Render(string title, IReadOnlyList<BarRow> rows, int labelWidth = 200, int maxLabel = 30, int width = 640)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var height = Math.Max(1, rows.Count) * RowHeight + 6;
        var max = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Total));
        var barStart = labelWidth + 10;
        var barSpace = width - barStart - 56;
        var svg = new StringBuilder(256 + (rows.Count * 400));
        svg.Append("<svg class=\"chart\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height)
            .Append("\" role=\"img\" aria-label=\"").Append(HtmlText.Escape(title)).Append("\"><title>").Append(HtmlText.Escape(title)).Append("</title>");
        if (rows.Count == 0)
        {
            svg.Append("<text class=\"chart-empty\" x=\"").Append(width / 2).Append("\" y=\"18\" text-anchor=\"middle\">Nothing to show</text>");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = 3 + (i * RowHeight);
            var textY = SvgNumber.Of(y + (RowHeight / 2.0) + 4);
            var label = row.Label.Length > maxLabel ? string.Concat(row.Label.AsSpan(0, maxLabel - 1), "…") : row.Label;
            var tooltip = $"{row.Label}: {string.Join(", ", row.Segments.Where(s => s.Count > 0).Select(s => $"{Format.Count(s.Count)} {s.Label}"))}";
            svg.Append("<g><title>").Append(HtmlText.Escape(tooltip)).Append("</title>");
            if (row.Href is not null)
            {
                svg.Append("<a href=\"").Append(HtmlText.Escape(row.Href)).Append("\">");
            }

            svg.Append("<text class=\"chart-label\" x=\"").Append(labelWidth).Append("\" y=\"").Append(textY).Append("\" text-anchor=\"end\">")
                .Append(HtmlText.Escape(label)).Append("</text>");
            if (row.Href is not null)
            {
                svg.Append("</a>");
            }

            svg.Append("<rect class=\"chart-track\" x=\"").Append(barStart).Append("\" y=\"").Append(SvgNumber.Of(y + ((RowHeight - BarHeight) / 2.0)))
                .Append("\" width=\"").Append(barSpace).Append("\" height=\"").Append(BarHeight).Append("\" rx=\"3\"/>");
            double x = barStart;
            foreach (var segment in row.Segments.Where(s => s.Count > 0))
            {
                var w = barSpace * segment.Count / (double)max;
                svg.Append("<rect class=\"").Append(segment.CssClass).Append("\" x=\"").Append(SvgNumber.Of(x)).Append("\" y=\"")
                    .Append(SvgNumber.Of(y + ((RowHeight - BarHeight) / 2.0))).Append("\" width=\"").Append(SvgNumber.Of(w))
                    .Append("\" height=\"").Append(BarHeight).Append("\"/>");
                x += w;
            }

            svg.Append("<text class=\"chart-value\" x=\"").Append(SvgNumber.Of(x + 6)).Append("\" y=\"").Append(textY).Append("\">")
                .Append(Format.Count(row.Total)).Append("</text></g>");
        }

        svg.Append("</svg>");
        return new RawHtml(svg.ToString());
    }
}
