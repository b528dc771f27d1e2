using System.Globalization;
using System.Text;
using HealthReview.Core.Cvss;
using HealthReview.Core.Model;
using HealthReview.Core.Results;

namespace HealthReview.Reporting.Common;

/// <summary>Invariant-culture words and numbers shared by the text reports, so every format says the same thing.</summary>
public static class ReportText
{
    /// <summary>A CVSS or posture score with one decimal (<c>8.1</c>), whatever the culture.</summary>
    public static string Score(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A signed score change with one decimal: <c>+3.2</c>, <c>-1.0</c>, <c>±0.0</c>.</summary>
    public static string Change(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return rounded switch
        {
            > 0 => "+" + Score(rounded),
            < 0 => "-" + Score(-rounded),
            _ => "±0.0",
        };
    }

    public static string KindLabel(AppKind kind) => kind switch
    {
        AppKind.ExternalClientApp => "External Client App",
        AppKind.ConnectedApp => "Connected App",
        _ => "Org",
    };

    /// <summary>Lower-case severity word of results.json (<c>high</c>).</summary>
    public static string SeverityWord(CvssSeverity severity) => severity.ToString().ToLowerInvariant();

    /// <summary>Status word of results.json (<c>notEvaluated</c>).</summary>
    public static string StatusWord(FindingStatus status) => status switch
    {
        FindingStatus.Pass => "pass",
        FindingStatus.Fail => "fail",
        FindingStatus.Waived => "waived",
        FindingStatus.NotApplicable => "notApplicable",
        _ => "notEvaluated",
    };

    public static string BaselineWord(BaselineState state) => state == BaselineState.New ? "new" : "unchanged";

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Timestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary><c>path:line</c>, or the path alone when the line is unknown; empty without a location.</summary>
    public static string Where(FindingLocation? location) => location switch
    {
        null => string.Empty,
        { Line: { } line } => location.Path + ":" + Integer(line),
        _ => location.Path,
    };

    /// <summary>
    /// Replaces lone UTF-16 surrogates (which no UTF-8 writer can encode) with U+FFFD, so text taken from an export can
    /// always be written.
    /// </summary>
    public static string ValidUnicode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!HasLoneSurrogate(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Cuts text to at most <paramref name="max"/> characters, ending with an ellipsis when cut.</summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, Math.Max(0, cut)), "…");
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
