using System.Globalization;
using HealthReview.Core.Cvss;
using HealthReview.Core.Model;
using HealthReview.Core.Results;

namespace HealthReview.Reporting.Pdf;

/// <summary>Numbers, dates and names as the report prints them, always in the invariant culture.</summary>
internal static class ReportFormat
{
    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static string Score(double? score) => score is { } s ? s.ToString("0.0", CultureInfo.InvariantCulture) : "—";

    public static string Number(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset value) => value.ToUniversalTime().ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Severity(CvssSeverity severity) => severity.ToString();

    public static string Kind(AppKind kind) => kind switch
    {
        AppKind.ExternalClientApp => "External Client App",
        AppKind.ConnectedApp => "Connected App",
        _ => "Org settings",
    };

    public static string Status(FindingStatus status) => status switch
    {
        FindingStatus.Pass => "Pass",
        FindingStatus.Fail => "Fail",
        FindingStatus.Waived => "Waived",
        FindingStatus.NotApplicable => "Not applicable",
        _ => "Not evaluated",
    };

    public static string Plural(int count, string singular, string? plural = null) =>
        Invariant($"{Number(count)} {(count == 1 ? singular : plural ?? singular + "s")}");

    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => Invariant($"{bytes} B"),
        < 1024 * 1024 => Invariant($"{bytes / 1024.0:0.0} KB"),
        _ => Invariant($"{bytes / 1048576.0:0.0} MB"),
    };

    public static string Location(FindingLocation? location) => location switch
    {
        null => "—",
        { Line: { } line } => Invariant($"{location.Path}:{line}"),
        _ => location.Path,
    };

    /// <summary>"A, B and C", or "A, B, C and 12 more" past <paramref name="max"/> names.</summary>
    public static string List(IReadOnlyList<string> names, int max = int.MaxValue)
    {
        if (names.Count == 0)
        {
            return "—";
        }

        if (names.Count > max)
        {
            return Invariant($"{string.Join(", ", names.Take(max))} and {Number(names.Count - max)} more");
        }

        return names.Count == 1 ? names[0] : Invariant($"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}");
    }

    /// <summary>The first sentence of a paragraph, for the plain-language summary.</summary>
    public static string FirstSentence(string text)
    {
        var trimmed = text.Trim();
        for (var i = 20; i < trimmed.Length - 1; i++)
        {
            if (trimmed[i] == '.' && trimmed[i + 1] == ' ')
            {
                return trimmed[..(i + 1)];
            }
        }

        return trimmed;
    }

    /// <summary>Keeps the indentation of code: leading spaces become no-break spaces, which the line breaker keeps.</summary>
    public static string Code(string text) => string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(line =>
    {
        var indent = line.Length - line.TrimStart(' ').Length;
        return new string('\u00A0', indent) + line[indent..];
    }));
}
