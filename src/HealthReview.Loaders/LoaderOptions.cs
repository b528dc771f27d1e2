namespace HealthReview.Loaders;

/// <summary>Limits that keep a hostile or broken export from exhausting the machine.</summary>
public sealed record LoaderOptions
{
    public const long DefaultMaxFileBytes = 10L * 1024 * 1024;

    /// <summary>A file (or zip entry) larger than this is reported and not read.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>A zip with more entries than this is refused.</summary>
    public int MaxArchiveEntries { get; init; } = 200_000;

    /// <summary>The most a zip may unpack to, all entries together.</summary>
    public long MaxArchiveBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>An entry that claims to expand more than this many times its compressed size is treated as a zip bomb.</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>How many files are read at once; 0 means one per processor.</summary>
    public int Parallelism { get; init; }
}
