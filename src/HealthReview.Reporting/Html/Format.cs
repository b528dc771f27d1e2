using System.Globalization;

namespace HealthReview.Reporting.Html;

/// <summary>Numbers, dates and sizes as the page prints them: invariant culture, never the machine's.</summary>
internal static class Format
{
    public const string Dash = "—";

    public static string Score(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : Dash;

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Count(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Timestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string Range(double min, double max) => $"{Score(min)}–{Score(max)}";

    public static string Plural(int count, string singular, string plural) => $"{Count(count)} {(count == 1 ? singular : plural)}";

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes.ToString(CultureInfo.InvariantCulture)} B",
        < 1024 * 1024 => $"{(bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture)} KB",
        _ => $"{(bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture)} MB",
    };

    public static string Signed(double value) =>
        (value > 0 ? "+" : value < 0 ? "−" : "±") + Math.Abs(value).ToString("0.0", CultureInfo.InvariantCulture);
}
