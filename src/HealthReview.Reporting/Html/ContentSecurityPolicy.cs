using System.Security.Cryptography;
using System.Text;

namespace HealthReview.Reporting.Html;

/// <summary>
/// The report's Content-Security-Policy: nothing may load from anywhere (no fonts, images, frames, connections), the
/// only style and script allowed are the page's own inline blocks, identified by their SHA-256 hashes, so an
/// injected <c>&lt;script&gt;</c>, event handler or <c>style</c> attribute would not run even if escaping failed.
/// </summary>
public static class ContentSecurityPolicy
{
    /// <summary>The policy for a page whose only <c>&lt;style&gt;</c> and <c>&lt;script&gt;</c> hold exactly these texts.</summary>
    public static string For(string style, string script) =>
        $"default-src 'none'; style-src '{Hash(style)}'; script-src '{Hash(script)}'; img-src data:; base-uri 'none'; form-action 'none'";

    /// <summary>The CSP source expression for an inline block: <c>sha256-</c> and the base64 digest of its UTF-8 text.</summary>
    public static string Hash(string text) =>
        "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
