using HealthReview.Reporting.Common;

namespace HealthReview.Reporting.Sarif;

/// <summary>
/// A report path as a SARIF <c>artifactLocation</c>: a relative path becomes a URI reference with forward slashes and
/// each segment percent-escaped, relative to <c>SRCROOT</c>; a rooted path becomes a <c>file:</c> URI of its own.
/// </summary>
/// <param name="Uri">The URI (reference).</param>
/// <param name="UriBaseId"><c>SRCROOT</c> for relative paths, null for absolute ones.</param>
public sealed record SarifArtifactLocation(string Uri, string? UriBaseId)
{
    public const string SourceRoot = "SRCROOT";

    public static SarifArtifactLocation FromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var slashed = path.Replace('\\', '/');
        if (slashed.Length >= 2 && char.IsAsciiLetter(slashed[0]) && slashed[1] == ':')
        {
            return new SarifArtifactLocation("file:///" + slashed[..2] + "/" + Escape(slashed[2..].TrimStart('/')), null);
        }

        if (slashed.StartsWith('/'))
        {
            return new SarifArtifactLocation("file:///" + Escape(slashed.TrimStart('/')), null);
        }

        return new SarifArtifactLocation(Escape(slashed), SourceRoot);
    }

    private static string Escape(string path) =>
        string.Join('/', path.Split('/').Select(segment => System.Uri.EscapeDataString(ReportText.ValidUnicode(segment))));
}
