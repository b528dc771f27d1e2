using HealthReview.Core.Inputs;
using HealthReview.Core.Model;
using HealthReview.Loaders.Tests.Support;
using HealthReview.Loaders.Xml;

namespace HealthReview.Loaders.Tests;

/// <summary>Secret material in an export is marked where it sits, and its text never enters the snapshot.</summary>
public class SecretMarkerTests
{
    private const string KeyBody = "MIIEowIBAAKCAQEAuHRTESTONLYNOTAREALKEYuHRTESTONLYNOTAREALKEY0123456789";
    private const string Secret = "HRTESTSECRET9F8E7D6C5B4A39F8E7D6C5B4A3";

    private TemporaryFolder temp = null!;

    [SetUp]
    public void CreateFolder() => temp = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => temp.Dispose();

    [TestCase("RSA PRIVATE KEY")]
    [TestCase("PRIVATE KEY")]
    [TestCase("EC PRIVATE KEY")]
    [TestCase("ENCRYPTED PRIVATE KEY")]
    public void A_PEM_private_key_inside_a_certificate_is_marked_with_its_line_and_app(string label)
    {
        temp.Write("export/connectedApps/Leaky.connectedApp-meta.xml", ConnectedApp($"""
                    <certificate>-----BEGIN {label}-----
            {KeyBody}
            -----END {label}-----</certificate>
            """));

        var snapshot = Load.Paths(temp.Combine("export"));

        var marker = snapshot.SecretMarkers.Should().ContainSingle().Subject;
        marker.Kind.Should().Be(SecretKind.PrivateKey);
        marker.Location.Should().Be(new SourceLocation("connectedApps/Leaky.connectedApp-meta.xml", 6, 22));
        marker.AppName.Should().Be("Leaky");
        marker.AppKind.Should().Be(AppKind.ConnectedApp);
        snapshot.Ca("Leaky").Definition!.OauthConfig!.HasCertificate.Should().Match<Setting<bool>>(s => s.IsPresent && s.Value && s.RawText == ElementBag.Redacted);
        SnapshotText.Of(snapshot).Should().NotContain(KeyBody[..20]);
    }

    [Test]
    public void A_public_certificate_is_not_a_private_key()
    {
        var snapshot = Load.Repository("samples/acme-org");

        snapshot.Eca("Acme_Data_Sync").GlobalOauth!.HasCertificate.Value.Should().BeTrue();
        snapshot.SecretMarkers.Should().BeEmpty();
    }

    [Test]
    public void Every_private_key_block_of_a_file_is_marked_once()
    {
        temp.Write("export/connectedApps/Two_Keys.connectedApp-meta.xml", ConnectedApp($"""
                    <certificate>-----BEGIN PRIVATE KEY-----
            {KeyBody}
            -----END PRIVATE KEY-----
            -----BEGIN RSA PRIVATE KEY-----
            {KeyBody}
            -----END RSA PRIVATE KEY-----</certificate>
            """));

        var snapshot = Load.Paths(temp.Combine("export"));

        snapshot.SecretMarkers.Select(m => (m.Kind, m.Location.Line)).Should().Equal((SecretKind.PrivateKey, 6), (SecretKind.PrivateKey, 9));
    }

    [Test]
    public void A_private_key_is_marked_even_in_a_file_that_cannot_be_parsed_or_is_not_read_for_settings()
    {
        temp.Write("export/connectedApps/Broken.connectedApp-meta.xml", $"<ConnectedApp>\n-----BEGIN PRIVATE KEY-----\n{KeyBody}\n");
        temp.Write("export/extlClntAppPushSettings/Push.ecaPush-meta.xml", $"<ExtlClntAppPushSettings>\n<signingKey>-----BEGIN EC PRIVATE KEY-----\n{KeyBody}\n-----END EC PRIVATE KEY-----</signingKey>\n</ExtlClntAppPushSettings>\n");

        var snapshot = Load.Paths(temp.Combine("export"));

        snapshot.Input("Broken.connectedApp-meta.xml").Status.Should().Be(InputStatus.Error);
        snapshot.Input("Push.ecaPush-meta.xml").Status.Should().Be(InputStatus.Ignored);
        snapshot.SecretMarkers.Select(m => (m.Location.Path, m.Location.Line)).Should().Equal(
            ("connectedApps/Broken.connectedApp-meta.xml", 2),
            ("extlClntAppPushSettings/Push.ecaPush-meta.xml", 2));
        SnapshotText.Of(snapshot).Should().NotContain(KeyBody[..20]);
    }

    [Test]
    public void A_consumer_secret_in_External_Client_App_global_settings_is_marked_and_never_kept()
    {
        temp.Write("export/extlClntAppGlobalOauthSets/Leaky_glbloauth.ecaGlblOauth-meta.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <ExtlClntAppGlobalOauthSettings xmlns="http://soap.sforce.com/2006/04/metadata">
                <callbackUrl>https://app.example.com/callback</callbackUrl>
                <consumerSecret>{Secret}</consumerSecret>
                <externalClientApplication>Leaky</externalClientApplication>
            </ExtlClntAppGlobalOauthSettings>

            """);

        var snapshot = Load.Paths(temp.Combine("export"));

        var global = snapshot.Eca("Leaky").GlobalOauth!;
        global.HasConsumerSecret.Should().Match<Setting<bool>>(s => s.IsPresent && s.Value && s.RawText == ElementBag.Redacted);
        var marker = snapshot.SecretMarkers.Should().ContainSingle().Subject;
        marker.Should().Be(new SecretMarker(
            SecretKind.ConsumerSecret, new SourceLocation("extlClntAppGlobalOauthSets/Leaky_glbloauth.ecaGlblOauth-meta.xml", 4, 6), "Leaky", AppKind.ExternalClientApp));
        SnapshotText.Of(snapshot).Should().NotContain(Secret);
    }

    [Test]
    public void A_consumer_secret_in_a_Connected_App_is_marked_and_never_kept()
    {
        temp.Write("export/connectedApps/Leaky.connectedApp-meta.xml", ConnectedApp($"        <consumerSecret>{Secret}</consumerSecret>"));

        var snapshot = Load.Paths(temp.Combine("export"));

        snapshot.Ca("Leaky").Definition!.OauthConfig!.HasConsumerSecret.Value.Should().BeTrue();
        snapshot.SecretMarkers.Should().ContainSingle().Which.Should().Be(
            new SecretMarker(SecretKind.ConsumerSecret, new SourceLocation("connectedApps/Leaky.connectedApp-meta.xml", 6, 10), "Leaky", AppKind.ConnectedApp));
        SnapshotText.Of(snapshot).Should().NotContain(Secret);
    }

    [Test]
    public void An_empty_consumer_secret_element_is_present_but_holds_no_secret()
    {
        temp.Write("export/connectedApps/Empty_Secret.connectedApp-meta.xml", ConnectedApp("        <consumerSecret></consumerSecret>"));

        var snapshot = Load.Paths(temp.Combine("export"));

        snapshot.Ca("Empty_Secret").Definition!.OauthConfig!.HasConsumerSecret.Should().Match<Setting<bool>>(s => s.IsPresent && !s.Value);
        snapshot.SecretMarkers.Should().BeEmpty();
    }

    [Test]
    public void The_help_page_sample_with_a_consumer_secret_placeholder_is_marked()
    {
        var snapshot = Load.Repository("tests/fixtures/docs-samples/help-verify-oauth-generation");

        snapshot.SecretMarkers.Should().ContainSingle().Which.Should().Match<SecretMarker>(m =>
            m.Kind == SecretKind.ConsumerSecret && m.Location.Line == 5 && m.AppName == "myeca");
        SnapshotText.Of(snapshot).Should().NotContain("YOUR_EXTERNAL_CLIENT_APP_OAUTH_CONSUMER_SECRET").And.NotContain("YOUR_EXTERNAL_CLIENT_APP_OAUTH_CONSUMER_KEY");
    }

    [Test]
    public void A_consumer_secret_in_a_duplicated_global_settings_file_is_still_marked()
    {
        var source = RepositoryRoot.Combine("tests/fixtures/bad/duplicate-global-oauth/force-app/main/default/extlClntAppGlobalOauthSets");
        temp.Write("export/extlClntAppGlobalOauthSets/A.ecaGlblOauth-meta.xml", File.ReadAllText(Path.Combine(source, "Duplicate_Global_glbloauth.ecaGlblOauth-meta.xml")));
        temp.Write("export/extlClntAppGlobalOauthSets/B.ecaGlblOauth-meta.xml", File.ReadAllText(Path.Combine(source, "duplicateGlobalCopy.ecaGlblOauth-meta.xml"))
            .Replace("    <externalClientApplication>", $"    <consumerSecret>{Secret}</consumerSecret>\n    <externalClientApplication>", StringComparison.Ordinal));

        var snapshot = Load.Paths(temp.Combine("export"));

        snapshot.Eca("Duplicate_Global").GlobalOauth.Should().BeNull("neither duplicate is used for settings");
        snapshot.SecretMarkers.Should().ContainSingle().Which.Should().Be(
            new SecretMarker(SecretKind.ConsumerSecret, new SourceLocation("extlClntAppGlobalOauthSets/B.ecaGlblOauth-meta.xml", 5, 6), "Duplicate_Global", AppKind.ExternalClientApp));
    }

    [Test]
    public void A_consumer_secret_in_a_settings_file_that_names_no_app_is_still_marked()
    {
        temp.Write("export/extlClntAppGlobalOauthSets/Nameless.ecaGlblOauth-meta.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <ExtlClntAppGlobalOauthSettings xmlns="http://soap.sforce.com/2006/04/metadata">
                <consumerSecret>{Secret}</consumerSecret>
            </ExtlClntAppGlobalOauthSettings>

            """);

        var snapshot = Load.Paths(temp.Combine("export"));

        snapshot.Inputs.Should().ContainSingle().Which.Status.Should().Be(InputStatus.Error);
        snapshot.SecretMarkers.Should().ContainSingle().Which.Should().Be(
            new SecretMarker(SecretKind.ConsumerSecret, new SourceLocation("extlClntAppGlobalOauthSets/Nameless.ecaGlblOauth-meta.xml", 3, 6), null, null));
        SnapshotText.Of(snapshot).Should().NotContain(Secret);
    }

    private static string ConnectedApp(string oauthConfigContent) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
            <contactEmail>ops@acme.example</contactEmail>
            <label>Leaky</label>
            <oauthConfig>
        {oauthConfigContent}
                <isAdminApproved>true</isAdminApproved>
            </oauthConfig>
        </ConnectedApp>

        """;
}
