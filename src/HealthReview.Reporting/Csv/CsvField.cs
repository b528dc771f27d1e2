using System.Text;
using HealthReview.Reporting.Common;

namespace HealthReview.Reporting.Csv;

/// <summary>
/// One CSV field under RFC 4180, made safe to open in a spreadsheet: text that a spreadsheet would run as a formula
/// (first character <c>= + - @</c>, tab or carriage return) gets a leading single quote, as OWASP recommends.
/// </summary>
public static class CsvField
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>
    /// A text field: neutralised against formula injection, then quoted (quotes doubled) when it holds a comma, quote,
    /// CR or LF, or was neutralised. Other control characters become U+FFFD.
    /// </summary>
    public static string Text(string? value)
    {
        var clean = Controls(ReportText.ValidUnicode(value));
        var neutralised = clean.Length > 0 && FormulaStarts.Contains(clean[0]);
        if (neutralised)
        {
            clean = "'" + clean;
        }

        return neutralised || NeedsQuotes(clean) ? Quote(clean) : clean;
    }

    /// <summary>A number or other value the writer itself formatted: quoted only if RFC 4180 needs it, never prefixed.</summary>
    public static string Raw(string? value)
    {
        var clean = value ?? string.Empty;
        return NeedsQuotes(clean) ? Quote(clean) : clean;
    }

    public static bool NeedsQuotes(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0;
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Controls(string value)
    {
        if (!value.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n')))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(char.IsControl(c) && c is not ('\t' or '\r' or '\n') ? '\uFFFD' : c);
        }

        return builder.ToString();
    }
}
