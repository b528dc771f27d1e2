namespace HealthReview.Core.Inputs;

/// <summary>
/// One file of the inventory: every file under the scanned paths that looks like metadata, whatever became of it.
/// </summary>
/// <param name="Path">Display path, relative to the scanned PATH (prefixed with the PATH's name when several were given).</param>
/// <param name="Sha256">Lower-case hex digest of the bytes as found; null when the file could not be read at all.</param>
/// <param name="MetadataType">The Salesforce metadata type the file's name says it holds (e.g. <c>ConnectedApp</c>), or null.</param>
/// <param name="Message">For ignored and error files: why, with line and column where known.</param>
/// <param name="AppName">The app this file belongs to, once known.</param>
public sealed record InputFile(
    string Path,
    string? Sha256,
    long SizeBytes,
    string? MetadataType,
    InputStatus Status,
    string? Message,
    int? Line = null,
    int? Column = null,
    string? AppName = null)
{
    // Kept as 32 bytes rather than a 64-character string: one per file of the inventory.
    private readonly DigestText sha256 = DigestText.Of(Sha256);

    /// <summary>Lower-case hex digest of the bytes as found; null when the file could not be read at all.</summary>
    public string? Sha256
    {
        get => sha256.Text;
        init => sha256 = DigestText.Of(value);
    }
}
