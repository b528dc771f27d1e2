using HealthReview.Loaders.Salesforce;

namespace HealthReview.Loaders.Discovery;

/// <summary>
/// A file found under a scanned PATH, before it is read: on disk (<see cref="FullPath"/>) or already unpacked from a zip
/// (<see cref="Content"/>). <see cref="Refusal"/> says why it must not be read at all (an unsafe zip entry, too large).
/// </summary>
public sealed record CandidateFile(string DisplayPath, MetadataFileName Name, long SizeBytes)
{
    public string? FullPath { get; init; }

    public byte[]? Content { get; init; }

    public string? Refusal { get; init; }

    /// <summary>Why the file is listed but not read (outside the SFDX package directories…).</summary>
    public string? IgnoreReason { get; init; }
}
