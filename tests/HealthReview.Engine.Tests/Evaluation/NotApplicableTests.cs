using HealthReview.Engine.Tests.Support;
using static HealthReview.Core.Results.FindingStatus;
using static HealthReview.Engine.Tests.Evaluation.ControlCase;

namespace HealthReview.Engine.Tests.Evaluation;

/// <summary>
/// A control that cannot matter for an app is notApplicable, with the reason (controls.md "Statuses"): ID token
/// controls without the OpenID scope, rotation when refresh tokens expire at once or cannot be had, flows that are
/// off, and every OAuth control of an app whose OAuth plugin is disabled, except the sweep for secrets.
/// </summary>
public class NotApplicableTests
{
    private static readonly string[] IdTokenControls = ["IDTOKEN-LIFETIME", "IDTOKEN-AUDIENCE", "IDTOKEN-CLAIMS"];

    public static IEnumerable<TestCaseData> Cases()
    {
        var rows = new List<ControlCase>();
        foreach (var id in IdTokenControls)
        {
            rows.Add(Eca(id, "no OpenID scope", e => e.Scopes("Api, RefreshToken").Global("idTokenConfig/idTokenValidityInMinutes", "720").Global("idTokenConfig/idTokenAudience", null).Global("idTokenConfig/idTokenIncludeAttributes", "true"), NotApplicable, "OpenID"));
            rows.Add(Ca(id, "no OpenID scope", c => c.Scopes("Api", "RefreshToken").OauthConfig("idTokenConfig/idTokenValidity", "720").OauthConfig("idTokenConfig/idTokenAudience", null).OauthConfig("idTokenConfig/idTokenIncludeCustomPerms", "true"), NotApplicable, "OpenID"));
        }

        rows.AddRange(
        [
            Eca("REFRESH-ROTATION", "refresh policy Zero", e => e.Global("isRefreshTokenRotationEnabled", "false").Policy("refreshTokenPolicyType", "Zero").Policy("refreshTokenValidityPeriod", null).Policy("refreshTokenValidityUnit", null), NotApplicable, "immediately"),
            Ca("REFRESH-ROTATION", "refresh policy zero", c => c.OauthConfig("isRefreshTokenRotationEnabled", "false").OauthPolicy("refreshTokenPolicy", "zero"), NotApplicable, "immediately"),
            Eca("REFRESH-ROTATION", "no RefreshToken, OfflineAccess or Full scope", e => e.Global("isRefreshTokenRotationEnabled", "false").Scopes("Api, OpenID"), NotApplicable, "RefreshToken"),
            Ca("REFRESH-ROTATION", "no RefreshToken, OfflineAccess or Full scope", c => c.OauthConfig("isRefreshTokenRotationEnabled", "false").Scopes("Api"), NotApplicable, "RefreshToken"),
            Eca("TOKEN-EXCHANGE-SECRET", "token exchange off", e => e.Global("isTokenExchangeEnabled", "false").Global("isSecretRequiredForTokenExchange", "false"), NotApplicable, "not enabled"),
            Eca("TOKEN-EXCHANGE-SECRET", "token exchange on in the global settings but off in the policies", e => e.Global("isTokenExchangeEnabled", "true").Global("isSecretRequiredForTokenExchange", "false").Policy("isTokenExchangeFlowEnabled", "false"), NotApplicable, "not enabled"),
            Eca("TOKEN-EXCHANGE-SECRET", "token exchange off in the policies, no global OAuth settings file", e => e.Policy("isTokenExchangeFlowEnabled", "false").Without(EcaFile.GlobalOauth), NotApplicable, "not enabled"),
            Ca("TOKEN-EXCHANGE-SECRET", "token exchange off", c => c.OauthConfig("isTokenExchangeEnabled", "false").OauthConfig("isSecretRequiredForTokenExchange", "false"), NotApplicable, "not enabled"),
            Eca("CODE-CREDENTIALS-POST-ONLY", "code-and-credentials flow off", e => e.Global("isCodeCredFlowEnabled", "false").Global("isCodeCredPostOnly", "false"), NotApplicable, "not enabled"),
            Ca("CODE-CREDENTIALS-POST-ONLY", "code-and-credentials flow off", c => c.OauthConfig("isCodeCredentialEnabled", "false").OauthConfig("isCodeCredentialPostOnly", "false"), NotApplicable, "not enabled"),
            Eca("JWT-ACCESS-TOKEN-TIMEOUT", "named-user JWT off", e => e.Global("isNamedUserJwtEnabled", "false").Policy("namedUserJwtSessionTimeoutType", "UserSession"), NotApplicable, "opaque"),
            Ca("JWT-ACCESS-TOKEN-TIMEOUT", "named-user JWT off", c => c.OauthConfig("isNamedUserJwtEnabled", "false"), NotApplicable, "opaque"),
            Ca("REFRESH-IP-ALLOWLIST", "Connected Apps have no refresh-token IP allowlist setting", _ => { }, NotApplicable, "External Client Apps only"),
            Ca("REFRESH-IP-ALLOWLIST", "even with an attestation", _ => { }, NotApplicable, "External Client Apps only", Attestation("REFRESH-IP-ALLOWLIST", "notEnforced")),
        ]);
        return rows.Select(r => r.ToTestCase());
    }

    [TestCaseSource(nameof(Cases))]
    public void A_control_that_cannot_matter_for_the_app_is_notApplicable_and_says_why(ControlCase row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var finding = row.Run();

        finding.Status.Should().Be(NotApplicable, ScanOutcome.TextOf(finding));
        finding.Severity.Should().Be(Core.Cvss.CvssSeverity.None);
        finding.Message.Should().Contain(row.Mentions!);
    }

    public static IEnumerable<TestCaseData> PluginSwitches() =>
    [
        new TestCaseData("isOauthPluginEnabled", "false").SetArgDisplayNames("isOauthPluginEnabled false"),
        new TestCaseData("isEnabled", "false").SetArgDisplayNames("isEnabled false (all plugins)"),
    ];

    [TestCaseSource(nameof(PluginSwitches))]
    public void An_External_Client_App_with_its_OAuth_plugin_disabled_gets_notApplicable_for_every_OAuth_control_but_still_fails_for_a_secret_in_the_export(string element, string value)
    {
        using var export = new TestExport();
        BadlyConfigured(export.Eca("Disabled_App").Plugins(element, value));
        var outcome = export.Scan();

        foreach (var id in ControlIds.All.Where(id => id != "SECRET-IN-EXPORT"))
        {
            var finding = outcome.Finding(id, "Disabled_App");
            finding.Status.Should().Be(NotApplicable, $"{id}: {finding.Message}");
            finding.Message.Should().Contain(element);
        }

        outcome.Finding("SECRET-IN-EXPORT", "Disabled_App").Status.Should().Be(Fail);
    }

    [Test]
    public void A_Connected_App_without_oauthConfig_gets_notApplicable_for_every_OAuth_control_but_still_fails_for_a_private_key()
    {
        using var export = new TestExport();
        export.ConnectedApp("Canvas_Only").Root("oauthConfig", null).Root("oauthPolicy", null)
            .Root("canvasConfig/canvasUrl", "https://canvas.example.com")
            .Root("description", "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----");
        var outcome = export.Scan();

        foreach (var id in ControlIds.All.Where(id => id != "SECRET-IN-EXPORT"))
        {
            outcome.Finding(id, "Canvas_Only").Status.Should().Be(NotApplicable, id);
        }

        outcome.Finding("SECRET-IN-EXPORT", "Canvas_Only").Status.Should().Be(Fail);
    }

    [Test]
    public void NotApplicable_findings_carry_no_severity_and_still_show_the_risk_at_stake()
    {
        using var export = new TestExport();
        export.Eca("No_Jwt").Global("isNamedUserJwtEnabled", "false");
        var finding = export.Scan().Finding("JWT-ACCESS-TOKEN-TIMEOUT", "No_Jwt");

        finding.Status.Should().Be(NotApplicable);
        finding.Severity.Should().Be(Core.Cvss.CvssSeverity.None);
        finding.Cvss.Should().NotBeNull();
        finding.Cvss!.Score.Should().Be(finding.Cvss.BaseScore, "no modifier applies to a finding that cannot matter");
        finding.Modifiers.Should().BeEmpty();
    }

    private static void BadlyConfigured(EcaAppSpec eca) => eca
        .Global("isPkceRequired", "false")
        .Global("isConsumerSecretOptional", "true")
        .Global("isDeviceFlowEnabled", "true")
        .Global("callbackUrl", "http://app.example.com/cb")
        .Global("consumerSecret", "Zq8s3cr3tValueForTests")
        .Scopes("Full, RefreshToken, OpenID")
        .Policy("ipRelaxationPolicyType", "Bypass")
        .Policy("permittedUsersPolicyType", "AllSelfAuthorized");
}
