using HealthReview.Loaders.Salesforce;

namespace HealthReview.Loaders.Discovery;

/// <summary>
/// A file found under a scanned PATH, before it is read: on disk (<see cref="FullPath"/>) or already unpacked from a zip
/// (<see cref="Content"/>). <see cref="Refusal"/> says why it must not be read at all (an unsafe zip entry, too large).
/// </summary>
public sealed record CandidateFile(string DisplayPath, MetadataFileName Name, long SizeBytes)
{
    private readonly string? fullPath;

    /// <summary>Where the file is on disk; null for a zip entry.</summary>
    public string? FullPath
    {
        // A folder's files share its path: the file's own is made only when it is opened, instead of being kept for every
        // file from discovery to the end of the load.
        get => fullPath ?? (Folder is null ? null : Path.Join(Folder, DisplayPath.AsSpan(DisplayPath.LastIndexOf('/') + 1)));
        init => fullPath = value;
    }

    /// <summary>The full path of the folder the file was listed in, when its name on disk is the last part of <see cref="DisplayPath"/>.</summary>
    internal string? Folder { get; init; }

    /// <summary>The file's name on disk, when it is the last part of <see cref="DisplayPath"/> in <see cref="Folder"/>.</summary>
    internal ReadOnlySpan<char> NameInFolder => fullPath is null && Folder is not null ? DisplayPath.AsSpan(DisplayPath.LastIndexOf('/') + 1) : [];

    public byte[]? Content { get; init; }

    public string? Refusal { get; init; }

    /// <summary>Why the file is listed but not read (outside the SFDX package directories…).</summary>
    public string? IgnoreReason { get; init; }

    /// <summary>
    /// Found on disk by the loader's own discovery, which does not stat each file: <see cref="SizeBytes"/> is not known yet
    /// and <see cref="Refusal"/> not decided, until <see cref="FileLoader"/> opens the file (whose open reads the size anyway).
    /// </summary>
    internal bool SizeOnOpen { get; init; }
}
