namespace HealthReview.Cli;

/// <summary>The documented exit codes (docs: contracts). Scripts and CI pipelines depend on these numbers.</summary>
public enum ExitCode
{
    /// <summary>Scan complete, gate passed.</summary>
    Success = 0,

    /// <summary>Gate failed: an open finding at or above --fail-on, or the score below --min-score.</summary>
    GateFailed = 1,

    /// <summary>Usage error: unknown option, missing path, invalid vector, invalid config or rule file.</summary>
    UsageError = 2,

    /// <summary>Some input could not be read or parsed; everything readable was still scanned and reported.</summary>
    InputError = 3,

    /// <summary>A rule or a report writer failed; the other writers still ran.</summary>
    InternalError = 4,

    /// <summary>Cancelled (Ctrl+C).</summary>
    Cancelled = 130,
}
