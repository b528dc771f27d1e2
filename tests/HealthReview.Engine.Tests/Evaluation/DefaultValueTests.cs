using HealthReview.Engine.Tests.Support;
using static HealthReview.Core.Results.FindingStatus;
using static HealthReview.Engine.Tests.Evaluation.ControlCase;

namespace HealthReview.Engine.Tests.Evaluation;

/// <summary>
/// Exports leave out elements that were never set. Where Salesforce documents a default (salesforce-metadata.md), the
/// default decides, and the finding says a default was assumed; where it documents none, the finding is notEvaluated
/// and says why. Defaults differ between External Client Apps and Connected Apps.
/// </summary>
public class DefaultValueTests
{
    public static IEnumerable<TestCaseData> Cases() => new[]
    {
        // isPkceRequired: ECA default true, CA default false.
        Eca("PKCE-REQUIRED", "isPkceRequired absent (ECA default true)", e => e.Global("isPkceRequired", null), Pass, "default"),
        Ca("PKCE-REQUIRED", "isPkceRequired absent (CA default false)", c => c.OauthConfig("isPkceRequired", null), Fail, "default"),

        // ID token validity: default 2 minutes for both.
        Eca("IDTOKEN-LIFETIME", "idTokenValidityInMinutes absent (default 2)", e => e.Global("idTokenConfig/idTokenValidityInMinutes", null), Pass, "default"),
        Eca("IDTOKEN-LIFETIME", "no idTokenConfig at all (default 2)", e => e.Global("idTokenConfig", null), Pass, "default"),
        Ca("IDTOKEN-LIFETIME", "idTokenValidity absent (default 2)", c => c.OauthConfig("idTokenConfig/idTokenValidity", null), Pass, "default"),

        // isConsumerSecretOptional: default false (secret required).
        Eca("SECRET-WEBSERVER", "isConsumerSecretOptional absent (default false)", e => e.Global("isConsumerSecretOptional", null), Pass, "default"),
        Ca("SECRET-WEBSERVER", "isConsumerSecretOptional absent (default false)", c => c.OauthConfig("isConsumerSecretOptional", null), Pass, "default"),

        // isSecretRequiredForRefreshToken: default true.
        Eca("SECRET-REFRESH", "isSecretRequiredForRefreshToken absent (default true)", e => e.Global("isSecretRequiredForRefreshToken", null), Pass, "default"),
        Ca("SECRET-REFRESH", "isSecretRequiredForRefreshToken absent (default true)", c => c.OauthConfig("isSecretRequiredForRefreshToken", null), Pass, "default"),

        // isIntrospectAllTokens: default false.
        Eca("INTROSPECT-ALL-DISABLED", "isIntrospectAllTokens absent (default false)", e => e.Global("isIntrospectAllTokens", null), Pass, "default"),
        Ca("INTROSPECT-ALL-DISABLED", "isIntrospectAllTokens absent (default false)", c => c.OauthConfig("isIntrospectAllTokens", null), Pass, "default"),

        // Connected App oauthPolicy: ipRelaxation default ENFORCE, refreshTokenPolicy default infinite.
        Ca("IP-RELAXATION", "ipRelaxation absent (default ENFORCE)", c => c.OauthPolicy("ipRelaxation", null), Pass, "default"),
        Ca("REFRESH-IDLE-TTL", "refreshTokenPolicy absent (default infinite)", c => c.OauthPolicy("refreshTokenPolicy", null), Fail, "default"),
        Ca("REFRESH-IDLE-TTL", "no oauthPolicy at all (default infinite)", c => c.Root("oauthPolicy", null), Fail, "default"),

        // Connected App isAdminApproved: default false (anyone may authorise).
        Ca("PERMITTED-USERS-ADMIN-APPROVED", "isAdminApproved absent (default false)", c => c.OauthConfig("isAdminApproved", null), Fail, "default"),

        // Connected App flags that default to false.
        Ca("REFRESH-ROTATION", "isRefreshTokenRotationEnabled absent (default false)", c => c.OauthConfig("isRefreshTokenRotationEnabled", null), Fail, "default"),
        Ca("CLIENT-CREDENTIALS-FLOW", "isClientCredentialEnabled absent (default false)", c => c.OauthConfig("isClientCredentialEnabled", null), Pass, "default"),
        Ca("TOKEN-EXCHANGE-SECRET", "isTokenExchangeEnabled absent (default false)", c => c.OauthConfig("isTokenExchangeEnabled", null), NotApplicable),
        Ca("CODE-CREDENTIALS-POST-ONLY", "isCodeCredentialEnabled absent (default false)", c => c.OauthConfig("isCodeCredentialEnabled", null), NotApplicable),
        Ca("JWT-ACCESS-TOKEN-TIMEOUT", "isNamedUserJwtEnabled absent (default false)", c => c.OauthConfig("isNamedUserJwtEnabled", null), NotApplicable),

        // External Client App policies: client credentials default off (the policy closes the flow).
        Eca("CLIENT-CREDENTIALS-FLOW", "policy isClientCredentialsFlowEnabled absent (default false)", e => e.Global("isClientCredentialsFlowEnabled", "true").Policy("isClientCredentialsFlowEnabled", null), Pass, "default"),

        // No documented default: notEvaluated, with the reason.
        Eca("IP-RELAXATION", "ipRelaxationPolicyType absent (no documented default)", e => e.Policy("ipRelaxationPolicyType", null), NotEvaluated, "no default"),
        Eca("REFRESH-ROTATION", "isRefreshTokenRotationEnabled absent (no documented default)", e => e.Global("isRefreshTokenRotationEnabled", null), NotEvaluated, "API version 60.0"),
        Eca("DEVICE-FLOW-DISABLED", "isDeviceFlowEnabled absent (no documented default)", e => e.Global("isDeviceFlowEnabled", null), NotEvaluated, "no default"),
        Eca("SESSION-TIMEOUT", "sessionTimeoutInMinutes absent: the profile or org timeout applies", e => e.Policy("sessionTimeoutInMinutes", null), NotEvaluated, "profile"),
        Ca("SESSION-TIMEOUT", "no sessionPolicy: the profile or org timeout applies", c => c.Root("sessionPolicy", null), NotEvaluated, "profile"),

        // A Connected App without callback URLs has none that could be unsafe.
        Ca("CALLBACK-URL-SECURE", "callbackUrl absent", c => c.OauthConfig("callbackUrl", null), Pass, "no callback URL"),
    }.Select(c => c.ToTestCase());

    [TestCaseSource(nameof(Cases))]
    public void An_absent_element_takes_the_documented_default_or_is_notEvaluated_with_the_reason(ControlCase row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var finding = row.Run();

        finding.Status.Should().Be(row.Expected, ScanOutcome.TextOf(finding));
        if (row.Mentions is not null)
        {
            ScanOutcome.TextOf(finding).Should().Contain(row.Mentions);
        }
    }

    [Test]
    public void Reasons_taken_from_a_rule_file_read_as_one_sentence_with_one_full_stop()
    {
        using var export = new TestExport();
        export.Eca("No_Timeout").Policy("sessionTimeoutInMinutes", null).Global("isDeviceFlowEnabled", null);
        export.ConnectedApp("No_Session_Policy").Root("sessionPolicy", null);
        var findings = export.Scan().Findings;

        findings.Should().NotBeEmpty();
        findings.SelectMany(f => f.Reasons.Append(f.Message)).Should().NotContain(text => text.EndsWith("..", StringComparison.Ordinal));
    }
}
