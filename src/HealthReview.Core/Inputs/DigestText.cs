namespace HealthReview.Core.Inputs;

/// <summary>
/// A file's digest as the inventory holds it: a lower-case hex SHA-256 (what the loader writes) as its 32 bytes, any other
/// text (a results file written by hand, a test) as it is, so that what goes in always comes back out.
/// </summary>
internal readonly record struct DigestText(Sha256Digest? Digest, string? Other)
{
    public static DigestText Of(string? text) => Sha256Digest.FromLowerHex(text) is { } digest ? new(digest, null) : new(null, text);

    public string? Text => Digest?.ToString() ?? Other;
}
