using System.Text.Json;
using HealthReview.Core.Model;
using HealthReview.Engine.Tests.Support;
using static HealthReview.Core.Results.FindingStatus;

namespace HealthReview.Engine.Tests.Evaluation.Named;

/// <summary>
/// SECRET-IN-EXPORT (controls.md): no non-empty consumerSecret and no PEM private key anywhere; the org setting
/// enableConsumerSecretApiAccess = true fails the org-level finding; reports never print the secret itself.
/// </summary>
public class SecretMaterialTests
{
    private const string Secret = "Zq8TOPSECRETvalue1234567890abcdefXYZ";

    private const string PrivateKey = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----";

    [Test]
    public void A_consumer_secret_in_the_global_OAuth_settings_fails_and_its_text_appears_in_no_finding()
    {
        using var export = new TestExport();
        export.Eca("Leaky").Global("consumerSecret", Secret);
        var outcome = export.Scan();

        var finding = outcome.Finding("SECRET-IN-EXPORT", "Leaky");
        finding.Status.Should().Be(Fail);
        finding.Location!.Path.Should().EndWith("Leaky_glbloauth.ecaGlblOauth-meta.xml");
        finding.Location.Line.Should().BeGreaterThan(0);
        finding.Actual.Should().Contain("[redacted]");
        JsonSerializer.Serialize(outcome.Result.Findings).Should().NotContain(Secret);
        JsonSerializer.Serialize(outcome.Result.Snapshot).Should().NotContain(Secret);
    }

    [Test]
    public void A_consumer_secret_in_a_Connected_App_fails()
    {
        using var export = new TestExport();
        export.ConnectedApp("Leaky").OauthConfig("consumerSecret", Secret);
        var outcome = export.Scan();

        outcome.Finding("SECRET-IN-EXPORT", "Leaky").Status.Should().Be(Fail);
        JsonSerializer.Serialize(outcome.Result.Findings).Should().NotContain(Secret);
    }

    [Test]
    public void An_empty_consumerSecret_element_is_no_secret()
    {
        using var export = new TestExport();
        export.Eca("Empty_Secret").Global("consumerSecret", string.Empty);

        export.Scan().Finding("SECRET-IN-EXPORT", "Empty_Secret").Status.Should().Be(Pass);
    }

    [Test]
    public void A_PEM_private_key_in_a_Connected_App_certificate_fails_and_is_not_printed()
    {
        using var export = new TestExport();
        export.ConnectedApp("Jwt_Bearer").OauthConfig("certificate", PrivateKey);
        var outcome = export.Scan();

        var finding = outcome.Finding("SECRET-IN-EXPORT", "Jwt_Bearer");
        finding.Status.Should().Be(Fail);
        finding.Message.Should().Contain("private key");
        JsonSerializer.Serialize(outcome.Result.Findings).Should().NotContain("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7");
    }

    [Test]
    public void A_public_certificate_is_not_secret_material()
    {
        using var export = new TestExport();
        export.ConnectedApp("Jwt_Bearer").OauthConfig("certificate", "-----BEGIN CERTIFICATE-----\nMIIDtTCCAp0CFG3x\n-----END CERTIFICATE-----");

        export.Scan().Finding("SECRET-IN-EXPORT", "Jwt_Bearer").Status.Should().Be(Pass);
    }

    [Test]
    public void A_secret_of_one_app_does_not_fail_another_app()
    {
        using var export = new TestExport();
        export.Eca("Leaky").Global("consumerSecret", Secret);
        export.Eca("Clean");
        export.ConnectedApp("Clean_Ca");
        var outcome = export.Scan();

        outcome.Finding("SECRET-IN-EXPORT", "Clean").Status.Should().Be(Pass);
        outcome.Finding("SECRET-IN-EXPORT", "Clean_Ca").Status.Should().Be(Pass);
    }

    [Test]
    public void The_org_setting_that_exposes_consumer_secrets_through_the_Metadata_API_fails_the_org_finding()
    {
        using var export = new TestExport();
        export.Eca("Clean");
        export.OrgSetting("enableConsumerSecretApiAccess", "true");
        var finding = export.Scan().Org("SECRET-IN-EXPORT");

        finding.Status.Should().Be(Fail);
        finding.App.Should().Be("Org");
        finding.AppKind.Should().Be(AppKind.Org);
        finding.Message.Should().Contain("enableConsumerSecretApiAccess");
    }

    [Test]
    public void The_org_finding_passes_when_the_setting_is_off_and_no_file_outside_an_app_holds_a_secret()
    {
        using var export = new TestExport();
        export.OrgSetting("enableConsumerSecretApiAccess", "false");

        export.Scan().Org("SECRET-IN-EXPORT").Status.Should().Be(Pass);
    }

    [Test]
    public void The_org_finding_is_notEvaluated_without_the_settings_file_and_says_how_to_retrieve_it()
    {
        using var export = new TestExport();
        export.Eca("Clean");
        var finding = export.Scan().Org("SECRET-IN-EXPORT");

        finding.Status.Should().Be(NotEvaluated);
        finding.Message.Should().Contain("settings/ExternalClientApp.settings").And.Contain("Settings:ExternalClientApp");
    }

    [Test]
    public void A_private_key_in_a_file_that_belongs_to_no_app_fails_the_org_finding()
    {
        using var export = new TestExport();
        export.OrgSetting("enableConsumerSecretApiAccess", "false");
        export.File("force-app/main/default/extlClntAppPushSettings/Push_push.ecaPush-meta.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <ExtlClntAppPushSettings xmlns="http://soap.sforce.com/2006/04/metadata">
                <signingKey>{PrivateKey}</signingKey>
            </ExtlClntAppPushSettings>
            """);

        export.Scan().Org("SECRET-IN-EXPORT").Status.Should().Be(Fail);
    }
}
