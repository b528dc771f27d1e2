using System.Globalization;
using System.Text;
using HealthReview.Pdf.Layout;

namespace HealthReview.Pdf.Typography;

/// <summary>
/// Fills lines greedily from words and spaces. Spaces are only emitted between words on the same
/// line, so lines never start or end with them; a word too long for an empty line is broken.
/// </summary>
internal sealed class LineBuilder(float maxWidth, PdfFonts fonts)
{
    private readonly List<TextLine> lines = [];
    private readonly List<(TextStyle Style, StringBuilder Text, float X, float Width)> runs = [];
    private TextStyle? pendingSpaceStyle;
    private int pendingSpaces;
    private float x;
    private bool overflows;

    public void AddSpace(TextStyle style)
    {
        pendingSpaceStyle ??= style;
        pendingSpaces++;
    }

    public void AddWord(List<(string Text, TextStyle Style)> pieces)
    {
        if (pieces.Count == 0)
        {
            return;
        }

        var wordWidth = pieces.Sum(p => Measure(p.Text, p.Style));
        var spaceWidth = runs.Count > 0 && pendingSpaceStyle is { } s ? Measure(new string(' ', pendingSpaces), s) : 0;

        if (runs.Count > 0 && x + spaceWidth + wordWidth > maxWidth + Size.Epsilon)
        {
            EndLine(null);
        }

        if (runs.Count > 0 && spaceWidth > 0)
        {
            Append(new string(' ', pendingSpaces), pendingSpaceStyle!, spaceWidth);
        }

        pendingSpaceStyle = null;
        pendingSpaces = 0;

        if (x + wordWidth <= maxWidth + Size.Epsilon)
        {
            pieces.ForEach(p => Append(p.Text, p.Style, Measure(p.Text, p.Style)));
        }
        else
        {
            AddBrokenWord(pieces);
        }
    }

    public void Break(TextStyle style) => EndLine(style);

    public TextBlockLayout Finish()
    {
        if (runs.Count > 0)
        {
            EndLine(null);
        }

        return new TextBlockLayout(lines, overflows);
    }

    private void AddBrokenWord(List<(string Text, TextStyle Style)> pieces)
    {
        // Only called on an empty line: the word was already moved off a line with content.
        var graphemes = new List<(string Text, TextStyle Style, float Width)>();
        foreach (var (text, style) in pieces)
        {
            for (var i = 0; i < text.Length; i += StringInfo.GetNextTextElementLength(text, i))
            {
                var grapheme = text.Substring(i, StringInfo.GetNextTextElementLength(text, i));
                graphemes.Add((grapheme, style, Measure(grapheme, style)));
            }
        }

        for (var start = 0; start < graphemes.Count;)
        {
            var end = ChunkEnd(graphemes, start);

            // A lone character wider than the line still goes somewhere; the element reports it.
            overflows |= graphemes[start].Width > maxWidth + Size.Epsilon;
            for (var i = start; i < end; i++)
            {
                Append(graphemes[i].Text, graphemes[i].Style, graphemes[i].Width);
            }

            start = end;
            if (start < graphemes.Count)
            {
                EndLine(null);
            }
        }
    }

    /// <summary>
    /// The end (exclusive) of the longest run from <paramref name="start"/> that fits a line, pulled back to
    /// just after a URL separator when one lies in its second half, so "…/oauth2/" breaks before "authorize".
    /// </summary>
    private int ChunkEnd(List<(string Text, TextStyle Style, float Width)> graphemes, int start)
    {
        var end = start + 1;
        var width = graphemes[start].Width;
        while (end < graphemes.Count && width + graphemes[end].Width <= maxWidth + Size.Epsilon)
        {
            width += graphemes[end].Width;
            end++;
        }

        if (end == graphemes.Count)
        {
            return end;
        }

        for (var (b, prefix) = (end - 1, width); b > start && prefix >= maxWidth / 2; prefix -= graphemes[b].Width, b--)
        {
            if (graphemes[b].Text is "/" or "-" or "?" or "&" or "=" or "." or "_")
            {
                return b + 1;
            }
        }

        return end;
    }

    private void Append(string text, TextStyle style, float width)
    {
        if (runs.Count > 0 && runs[^1].Style == style)
        {
            var last = runs[^1];
            last.Text.Append(text);
            runs[^1] = last with { Width = last.Width + width };
        }
        else
        {
            runs.Add((style, new StringBuilder(text), x, width));
        }

        x += width;
    }

    private void EndLine(TextStyle? emptyLineStyle)
    {
        var styles = runs.Count > 0 ? runs.Select(r => r.Style).Distinct() : [emptyLineStyle ?? TextStyle.Default];
        float ascent = 0, descent = 0;
        foreach (var style in styles)
        {
            // Centre the glyph box in the line box (CSS-like half leading), per style on the line.
            var metrics = fonts.GetFont(style).Metrics;
            var box = style.Size * style.LineHeight;
            var above = ((box - (metrics.Descent - metrics.Ascent)) / 2) - metrics.Ascent;
            ascent = Math.Max(ascent, above);
            descent = Math.Max(descent, box - above);
        }

        var textRuns = runs.Select(r => new TextRun(r.Text.ToString(), r.Style, r.X, r.Width)).ToList();
        lines.Add(new TextLine(textRuns, x, ascent + descent, ascent));
        runs.Clear();
        x = 0;
        pendingSpaceStyle = null;
        pendingSpaces = 0;
    }

    private float Measure(string text, TextStyle style) => fonts.MeasureText(text, style);
}
