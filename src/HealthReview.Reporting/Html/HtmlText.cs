using System.Text;

namespace HealthReview.Reporting.Html;

/// <summary>
/// Escapes a value for HTML text and for a double- or single-quoted attribute value: the five characters that can end
/// either (&amp; &lt; &gt; &quot; &#39;) become references, and characters HTML forbids (NUL, other C0 and C1 controls,
/// lone surrogates, noncharacters) become U+FFFD, so an export value can never open a tag, close an attribute or start a
/// script. URLs from an export are never placed in <c>href</c> or <c>src</c>: they are shown as text.
/// </summary>
public static class HtmlText
{
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var first = FirstUnsafe(value);
        if (first < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 16);
        builder.Append(value, 0, first);
        Append(builder, value.AsSpan(first));
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="value"/> escaped; the hot path of the findings table.</summary>
    public static void Append(StringBuilder builder, ReadOnlySpan<char> value)
    {
        ArgumentNullException.ThrowIfNull(builder);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else
                    {
                        builder.Append(IsForbidden(c) ? '\uFFFD' : c);
                    }

                    break;
            }
        }
    }

    private static int FirstUnsafe(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '&' or '<' or '>' or '"' or '\'' || IsForbidden(c) || char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    // Tab, line feed and carriage return are text; every other control character, a lone surrogate and the
    // noncharacters U+FDD0–U+FDEF, U+FFFE, U+FFFF are parse errors in HTML.
    private static bool IsForbidden(char c) =>
        (c < ' ' && c is not '\t' and not '\n' and not '\r')
        || (c >= '\u007F' && c <= '\u009F')
        || char.IsSurrogate(c)
        || (c >= '\uFDD0' && c <= '\uFDEF')
        || c is '\uFFFE' or '\uFFFF';
}
