using System.Net;
using HealthReview.Engine.Fields;

namespace HealthReview.Engine.Evaluation.Named;

/// <summary>
/// Callback URLs: https, a private-use reverse-domain scheme (RFC 8252 §7.1), or http to a loopback IP literal
/// (RFC 8252 §7.3). Wildcards, empty URLs, script-bearing schemes and other plain http fail.
/// </summary>
public static class CallbackUrlCheck
{
    private static readonly string[] DangerousSchemes = ["javascript", "data", "file", "vbscript"];

    public static Outcome Evaluate(EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        FieldCatalog.TryGet("callbackUrls", out var field);
        var read = field.Read(context.Source);
        switch (read.State)
        {
            case FieldReadState.Absent:
                return Outcome.Leaf(new Evidence(Truth.True, "callbackUrls", "safe callback URLs", "(none)", read.Location, $"<{read.Element}> is not in the export: the app has no callback URL, so no authorization code can be sent anywhere"));
            case FieldReadState.Missing or FieldReadState.Invalid:
                return Outcome.Leaf(new Evidence(Truth.Unknown, "callbackUrls", "safe callback URLs", "(not in export)", read.Location, read.Problem ?? "could not be read"));
        }

        var urls = (List<string>)read.Value!;
        var evidence = new List<Evidence>();
        for (var i = 0; i < urls.Count; i++)
        {
            var location = i < read.ItemLocations.Count ? read.ItemLocations[i] : read.Location;
            var (safe, why) = Classify(urls[i]);
            var shown = urls[i].Length == 0 ? "(empty)" : urls[i];
            evidence.Add(new Evidence(safe ? Truth.True : Truth.False, "callbackUrls", "https, a reverse-domain custom scheme, or http to a loopback IP", shown, location, $"callback URL '{shown}' ({location}): {why}"));
        }

        var worst = evidence.FirstOrDefault(e => e.Truth == Truth.False);
        return new Outcome(worst is null ? Truth.True : Truth.False, evidence, worst ?? evidence.LastOrDefault());
    }

    /// <summary>Whether one callback URL is safe, and why in a few words.</summary>
    public static (bool Safe, string Why) Classify(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var text = url.Trim();
        if (text.Length == 0)
        {
            return (false, "an empty callback URL");
        }

        if (text.Contains('*', StringComparison.Ordinal))
        {
            return (false, "a wildcard lets a code be delivered to hosts nobody reviewed");
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return (false, "not an absolute URL");
        }

        var scheme = text[..colon].ToLowerInvariant();
        if (DangerousSchemes.Contains(scheme))
        {
            return (false, $"the {scheme}: scheme can run or embed content instead of receiving a code");
        }

        if (scheme is "https")
        {
            return Uri.TryCreate(text, UriKind.Absolute, out var secure) && secure.Host.Length > 0
                ? (true, "https")
                : (false, "an https URL without a valid host");
        }

        if (scheme is "http")
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var plain) || plain.Host.Length == 0)
            {
                return (false, "an http URL without a valid host");
            }

            if (IPAddress.TryParse(plain.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address))
            {
                return (true, "http to a loopback address, allowed for native apps (RFC 8252 §7.3)");
            }

            return plain.IsLoopback
                ? (false, "http to 'localhost': RFC 8252 §8.3 recommends the loopback IP literal (127.0.0.1 or [::1]) instead, since a name can resolve elsewhere")
                : (false, "plain http: the authorization code travels unencrypted");
        }

        var isSchemeSyntax = scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') && char.IsAsciiLetter(scheme[0]);
        return isSchemeSyntax && scheme.Contains('.', StringComparison.Ordinal)
            ? (true, "a private-use reverse-domain scheme (RFC 8252 §7.1)")
            : (false, $"the custom scheme '{scheme}:' is not a reverse-domain name (RFC 8252 §7.1), so another app can claim it");
    }

}
