using System.Globalization;

namespace HealthReview.Synthetic;

/// <summary>
/// Fake but realistic-looking values: consumer keys, org ids, public certificate bodies (valid base64, not a
/// parseable certificate, never a private key), callback URLs and IP ranges.
/// </summary>
internal static class FakeValues
{
    private const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string KeyCharacters = Alphanumeric + "._";

    public static string OrgId(DeterministicRandom random) => "00D" + RandomString(random, Alphanumeric, 12);

    /// <summary>85 characters starting with <c>3MVG9</c>, like the consumer keys in real retrieves.</summary>
    public static string ConsumerKey(DeterministicRandom random) =>
        "3MVG9" + RandomString(random, Alphanumeric, 3) + RandomString(random, KeyCharacters, 76) +
        RandomString(random, Alphanumeric, 1);

    /// <summary>A 64-character value marked as synthetic; real exports normally have no consumer secret.</summary>
    public static string FakeConsumerSecret(DeterministicRandom random) =>
        "SYNTHETIC" + RandomString(random, "0123456789ABCDEF", 55);

    public static string OauthLink(DeterministicRandom random, string orgId) =>
        orgId + ":888" + RandomString(random, Alphanumeric, 12);

    /// <summary>Base64 of ~950 bytes that start like a DER certificate; one line (Connected App style).</summary>
    public static string CertificateBody(DeterministicRandom random)
    {
        Span<byte> der = stackalloc byte[953];
        random.NextBytes(der);
        der[0] = 0x30;
        der[1] = 0x82;
        der[2] = 0x03;
        der[3] = 0xB5;
        der[4] = 0x30;
        der[5] = 0x82;
        return Convert.ToBase64String(der);
    }

    /// <summary>The same body as a PEM block wrapped at 64 columns (External Client App style).</summary>
    public static string CertificatePem(DeterministicRandom random)
    {
        var body = CertificateBody(random);
        var lines = new List<string> { "-----BEGIN CERTIFICATE-----" };
        for (var i = 0; i < body.Length; i += 64)
        {
            lines.Add(body.Substring(i, Math.Min(64, body.Length - i)));
        }

        lines.Add("-----END CERTIFICATE-----");
        return string.Join('\n', lines);
    }

    public static string Host(DeterministicRandom random, string area) =>
        random.Pick(HostPatterns).Replace("{area}", area.ToLowerInvariant(), StringComparison.Ordinal);

    /// <summary>A callback URL that the CALLBACK-URL-SECURE control accepts.</summary>
    public static string GoodCallback(DeterministicRandom random, string area)
    {
        var host = Host(random, area);
        return random.Next(7) switch
        {
            0 => $"https://{host}/oauth/callback",
            1 => $"https://{host}/auth/salesforce/callback",
            2 => "https://login.salesforce.com/services/oauth2/success",
            3 => "https://oauth.pstmn.io/v1/browser-callback",
            4 => $"example.synthetic.{area.ToLowerInvariant()}:/oauth2/callback",
            5 => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{random.Next(1024, 65536)}/callback"),
            _ => $"https://{host}/services/authcallback/{area}",
        };
    }

    /// <summary>A callback URL that the CALLBACK-URL-SECURE control rejects (or, for localhost, questions).</summary>
    public static string BadCallback(DeterministicRandom random, string area)
    {
        var host = Host(random, area);
        return random.Next(5) switch
        {
            0 => $"http://{host}/oauth/callback",
            1 => $"https://*.{area.ToLowerInvariant()}.synthetic-org.example/callback",
            2 => "http://localhost:1717/OauthRedirect",
            3 => $"http://{host}:8080/callback",
            _ => "https://www.getpostman.com/oauth2/callback",
        };
    }

    /// <summary>An IPv4 range: narrow when <paramref name="good"/>, otherwise far too wide (or inverted).</summary>
    public static (string Start, string End) IpRange(DeterministicRandom random, bool good)
    {
        if (good)
        {
            var prefix = random.Pick(DocumentationPrefixes);
            var size = random.Pick(NarrowSizes);
            var start = random.Next(0, 256 / size) * size;
            return (Address(prefix, start), Address(prefix, start + size - 1));
        }

        return random.Next(4) switch
        {
            0 => ("0.0.0.0", "255.255.255.255"),
            1 => ("10.0.0.0", "10.255.255.255"),
            2 => ("1.0.0.0", "126.255.255.255"),
            _ => ("203.0.113.200", "203.0.113.10"),
        };
    }

    private static readonly string[] HostPatterns =
    [
        "{area}.synthetic-org.example", "{area}-app.synthetic-org.example", "{area}.partner-agency.example",
        "{area}.herokuapp.example", "integrations.synthetic-org.example",
    ];

    private static readonly string[] DocumentationPrefixes = ["192.0.2", "198.51.100", "203.0.113"];

    private static readonly int[] NarrowSizes = [1, 8, 16, 32, 64, 256];

    private static string Address(string prefix, int last) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}.{Math.Min(last, 255)}");

    private static string RandomString(DeterministicRandom random, string alphabet, int length) =>
        string.Create(length, (random, alphabet), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = state.alphabet[state.random.Next(state.alphabet.Length)];
            }
        });
}
