namespace HealthReview.Pdf.Typography;

/// <summary>
/// Greedy line breaking: words go on the current line while they fit; a word that does not fit
/// on an empty line (a long token or URL) is broken between characters (grapheme clusters, so
/// surrogate pairs and accents stay whole). Spaces at line ends are dropped; '\n' forces a break.
/// </summary>
internal static class TextLayoutEngine
{
    public static TextBlockLayout Layout(IReadOnlyList<TextSpan> spans, float maxWidth, PdfFonts fonts)
    {
        var lines = new LineBuilder(maxWidth, fonts);
        var word = new List<(string Text, TextStyle Style)>();

        foreach (var span in spans)
        {
            var content = span.Content;
            var start = 0;
            for (var i = 0; i <= content.Length; i++)
            {
                var atEnd = i == content.Length;
                var c = atEnd ? '\0' : content[i];
                if (!atEnd && !IsBreakingSpace(c))
                {
                    continue;
                }

                if (i > start)
                {
                    word.Add((content[start..i], span.Style));
                }

                start = i + 1;
                if (atEnd)
                {
                    break;
                }

                lines.AddWord(word);
                word.Clear();
                if (c == '\n')
                {
                    lines.Break(span.Style);
                }
                else if (c != '\r')
                {
                    lines.AddSpace(span.Style);
                }
            }
        }

        // A word may continue across spans ("bold" + "er"), so it is only placed at whitespace or the end.
        lines.AddWord(word);
        return lines.Finish();
    }

    // Non-breaking space stays inside words on purpose: it is the author's way to say "keep together".
    private static bool IsBreakingSpace(char c) => c != '\u00A0' && char.IsWhiteSpace(c);
}
