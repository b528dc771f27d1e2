using HealthReview.Core.Model;

namespace HealthReview.Core.Results;

/// <summary>Everything a report needs: what was scanned, when, by what, and what was found.</summary>
public sealed record ScanResult
{
    public const string SchemaVersion = "1.0";

    public required ToolInfo Tool { get; init; }

    /// <summary>The report clock: <c>--now</c>, else SOURCE_DATE_EPOCH, else the system clock.</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    public required ExportSnapshot Snapshot { get; init; }
}
