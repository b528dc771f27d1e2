using System.Text;
using System.Xml;

namespace HealthReview.Reporting.Junit;

/// <summary>Makes any string writable as XML 1.0 text: characters XML cannot hold become U+FFFD.</summary>
public static class XmlText
{
    public const char Replacement = '\uFFFD';

    /// <summary>
    /// Replaces characters that XML 1.0 forbids (most C0 controls, U+FFFE/U+FFFF, lone surrogates) with U+FFFD; tab, line
    /// feed, carriage return and valid surrogate pairs are kept.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                builder?.Append(c);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
            }
            else
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append(Replacement);
            }
        }

        return builder?.ToString() ?? text;
    }

    /// <summary><see cref="Clean"/>, with every run of whitespace (line breaks included) made one space: for attributes.</summary>
    public static string OneLine(string? text)
    {
        var clean = Clean(text);
        var builder = new StringBuilder(clean.Length);
        var space = false;
        foreach (var c in clean)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
