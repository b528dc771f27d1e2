using System.Text;
using HealthReview.Reporting.Common;

namespace HealthReview.Reporting.Markdown;

/// <summary>
/// Makes text from an export safe to put into GitHub-flavoured Markdown: it renders as the same text, never as a link,
/// an image, emphasis, a table cell break or raw HTML.
/// </summary>
public static class MarkdownText
{
    /// <summary>
    /// For Markdown inline contexts (paragraphs, list items, table cells): <c>&amp; &lt; &gt;</c> become entities, Markdown
    /// punctuation is backslash-escaped (<c>|</c> included, so a table cell stays one cell), line breaks become spaces and
    /// other control characters are dropped.
    /// </summary>
    public static string Inline(string? text)
    {
        var clean = ReportText.ValidUnicode(text);
        var builder = new StringBuilder(clean.Length + 8);
        foreach (var c in clean)
        {
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '~' or '$' or '!':
                    builder.Append('\\').Append(c);
                    break;
                case '\r' or '\n' or '\t' or '\u2028' or '\u2029':
                    builder.Append(' ');
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// For raw HTML contexts, where Markdown is not parsed and a backslash would show (<c>&lt;summary&gt;</c>): every
    /// special character becomes a character reference, which both HTML and Markdown decode to plain text.
    /// </summary>
    public static string Html(string? text)
    {
        var clean = ReportText.ValidUnicode(text);
        var builder = new StringBuilder(clean.Length + 8);
        foreach (var c in clean)
        {
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '"':
                    builder.Append("&quot;");
                    break;
                case '\'' or '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '~' or '$' or '!':
                    builder.Append("&#").Append((int)c).Append(';');
                    break;
                case '\r' or '\n' or '\t' or '\u2028' or '\u2029':
                    builder.Append(' ');
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A link to an absolute http(s) URL, with the title escaped; anything else is written as escaped text.</summary>
    public static string Link(string? title, string? url)
    {
        var label = Inline(string.IsNullOrWhiteSpace(title) ? url : title);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return string.IsNullOrEmpty(url) || label == Inline(url) ? label : label + " (" + Inline(url) + ")";
        }

        var target = uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)
            .Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal)
            .Replace(" ", "%20", StringComparison.Ordinal);
        return "[" + label + "](" + target + ")";
    }

    /// <summary>
    /// A fenced code block whose fence is longer than any run of backticks in the code, so the code cannot close it.
    /// Ends with a line break.
    /// </summary>
    public static string CodeBlock(string? code, string language)
    {
        var body = ReportText.ValidUnicode(code).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd('\n');
        var longest = 0;
        var run = 0;
        foreach (var c in body)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', Math.Max(3, longest + 1));
        var cleaned = new StringBuilder(body.Length);
        foreach (var c in body)
        {
            if (c == '\n' || c == '\t' || !char.IsControl(c))
            {
                cleaned.Append(c);
            }
        }

        return fence + language + "\n" + cleaned + "\n" + fence + "\n";
    }
}
