using System.Globalization;

namespace HealthReview.Cli;

/// <summary>The report clock: <c>--now</c>, else SOURCE_DATE_EPOCH (reproducible builds), else the injected clock.</summary>
public static partial class ReportClock
{
    public static DateTimeOffset Resolve(string? now, string? sourceDateEpoch, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (!string.IsNullOrWhiteSpace(now))
        {
            if (IsoLike().IsMatch(now) && DateTimeOffset.TryParse(now, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                return parsed;
            }

            throw new UsageException($"--now '{now}' is not an ISO 8601 timestamp (for example 2026-01-31T12:00:00Z)");
        }

        if (!string.IsNullOrWhiteSpace(sourceDateEpoch))
        {
            if (long.TryParse(sourceDateEpoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799)
            {
                return DateTimeOffset.FromUnixTimeSeconds(seconds);
            }

            throw new UsageException($"SOURCE_DATE_EPOCH '{sourceDateEpoch}' is not a number of seconds since 1970-01-01");
        }

        var current = clock.GetUtcNow();
        return new DateTimeOffset(current.Ticks - (current.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    /// <summary>ISO 8601 only: a date, optionally with a time and an offset or Z (no culture-specific forms like 1/2/2026).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial System.Text.RegularExpressions.Regex IsoLike();
}
