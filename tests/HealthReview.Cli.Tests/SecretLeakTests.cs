using HealthReview.Cli.Tests.Support;

namespace HealthReview.Cli.Tests;

/// <summary>Nothing secret, and nothing an entity points at, ever reaches standard output, standard error or a report.</summary>
public class SecretLeakTests
{
    private TemporaryFolder temp = null!;

    [SetUp]
    public void CreateFolder() => temp = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => temp.Dispose();

    [Test]
    public async Task The_content_of_a_local_file_named_by_an_external_entity_appears_in_no_output()
    {
        var marker = "HR-XXE-MARKER-" + Guid.NewGuid().ToString("N");
        var target = temp.Write("private/secret.txt", marker);
        var entityUri = new Uri(target).AbsoluteUri;
        temp.Write("export/connectedApps/Xxe_Label.connectedApp-meta.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE ConnectedApp [<!ENTITY xxe SYSTEM "{entityUri}">]>
            <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
                <contactEmail>attacker@evil.example</contactEmail>
                <label>&xxe;</label>
            </ConnectedApp>

            """);
        temp.Write("export/connectedApps/Xxe_Parameter.connectedApp-meta.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE ConnectedApp [<!ENTITY % remote SYSTEM "{entityUri}"> %remote;]>
            <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
                <label>x</label>
            </ConnectedApp>

            """);

        var run = await Scan(temp.Combine("export"), "--verbose");

        run.ExitCode.Should().Be(3);
        var results = File.ReadAllText(temp.Combine("out/results.json"));
        results.Should().Contain("Xxe_Label.connectedApp-meta.xml", "the refused file is still listed");
        run.Out.Should().Contain("DOCTYPE/DTD is not allowed");
        run.Out.Should().NotContain(marker);
        run.Error.Should().NotContain(marker);
        results.Should().NotContain(marker);
    }

    [Test]
    public async Task The_XXE_fixture_is_refused_and_the_host_name_it_points_at_appears_in_no_output()
    {
        var run = await Scan(RepositoryRoot.Combine("tests/fixtures/bad/xxe-external-entity"), "--verbose");

        run.ExitCode.Should().Be(3);
        var results = File.ReadAllText(temp.Combine("out/results.json"));
        results.Should().Contain("\"status\": \"error\"");
        run.Out.Should().Contain("Xxe_External_Entity.connectedApp-meta.xml:2:1: DOCTYPE/DTD is not allowed");

        // Only a distinctive host name can be looked for: a two-letter one would match unrelated text.
        var hostname = File.Exists("/etc/hostname") ? File.ReadAllText("/etc/hostname").Trim() : string.Empty;
        if (hostname.Length >= 6)
        {
            run.AllOutput.Should().NotContain(hostname);
            results.Should().NotContain(hostname);
        }
    }

    [Test]
    public async Task Consumer_secrets_private_keys_certificates_and_consumer_keys_appear_in_no_output()
    {
        const string ecaSecret = "HRTESTSECRETECA0123456789ABCDEF0123456789";
        const string caSecret = "HRTESTSECRETCA0123456789ABCDEF0123456789";
        const string keyBody = "MIIEowIBAAKCAQEAHRTESTPRIVATEKEYBODY0123456789ABCDEFGHIJKLMNOP";
        const string consumerKey = "3MVG9HRTESTCONSUMERKEY0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        temp.Write("export/extlClntAppGlobalOauthSets/Leaky_glbloauth.ecaGlblOauth-meta.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <ExtlClntAppGlobalOauthSettings xmlns="http://soap.sforce.com/2006/04/metadata">
                <callbackUrl>https://leaky.example/callback</callbackUrl>
                <consumerKey>{consumerKey}</consumerKey>
                <consumerSecret>{ecaSecret}</consumerSecret>
                <externalClientApplication>Leaky</externalClientApplication>
                <isPkceRequired>maybe</isPkceRequired>
            </ExtlClntAppGlobalOauthSettings>

            """);
        temp.Write("export/connectedApps/Leaky_Ca.connectedApp-meta.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
                <contactEmail>ops@leaky.example</contactEmail>
                <label>Leaky CA</label>
                <oauthConfig>
                    <callbackUrl>https://leaky.example/callback</callbackUrl>
                    <certificate>-----BEGIN RSA PRIVATE KEY-----
            {keyBody}
            -----END RSA PRIVATE KEY-----</certificate>
                    <consumerSecret>{caSecret}</consumerSecret>
                    <newSecretishThing>{caSecret}</newSecretishThing>
                </oauthConfig>
            </ConnectedApp>

            """);

        var run = await Scan(temp.Combine("export"), "--verbose");

        var results = File.ReadAllText(temp.Combine("out/results.json"));
        results.Should().Contain("Leaky_Ca.connectedApp-meta.xml").And.Contain("Leaky_glbloauth.ecaGlblOauth-meta.xml");
        run.Out.Should().Contain("Leaky").And.Contain("newSecretishThing");
        foreach (var secret in new[] { ecaSecret, caSecret, keyBody, consumerKey })
        {
            run.Out.Should().NotContain(secret);
            run.Error.Should().NotContain(secret);
            results.Should().NotContain(secret);
        }
    }

    [Test]
    public async Task The_consumer_secret_placeholder_of_the_help_page_sample_appears_in_no_output()
    {
        var run = await Scan(RepositoryRoot.Combine("tests/fixtures/docs-samples/help-verify-oauth-generation"), "--verbose");

        var results = File.ReadAllText(temp.Combine("out/results.json"));
        results.Should().Contain("myecaglobalset.ecaGlblOauth-meta.xml");
        run.AllOutput.Should().NotContain("YOUR_EXTERNAL_CLIENT_APP_OAUTH_CONSUMER_SECRET").And.NotContain("YOUR_EXTERNAL_CLIENT_APP_OAUTH_CONSUMER_KEY");
        results.Should().NotContain("YOUR_EXTERNAL_CLIENT_APP_OAUTH_CONSUMER_SECRET").And.NotContain("YOUR_EXTERNAL_CLIENT_APP_OAUTH_CONSUMER_KEY");
    }

    [Test]
    public async Task The_bytes_of_a_binary_file_are_not_echoed()
    {
        var run = await Scan(RepositoryRoot.Combine("tests/fixtures/bad/binary-garbage"));

        run.ExitCode.Should().Be(3);
        run.AllOutput.Should().NotContain("\0");
        File.ReadAllText(temp.Combine("out/results.json")).Should().NotContain("\\u0000");
    }

    private Task<CliRun> Scan(string path, params string[] options) => CliRun.Of(
        ["scan", path, "--format", "console,json", "--output", temp.Combine("out"), "--now", "2026-01-01T00:00:00Z", .. options]);
}
