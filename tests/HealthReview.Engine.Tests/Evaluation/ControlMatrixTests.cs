using HealthReview.Core.Model;
using HealthReview.Core.Results;
using HealthReview.Engine.Tests.Support;
using static HealthReview.Core.Results.FindingStatus;
using static HealthReview.Engine.Tests.Evaluation.ControlCase;

namespace HealthReview.Engine.Tests.Evaluation;

/// <summary>
/// Every control of controls.md, for each kind of app it applies to: the recommended value passes, another value
/// fails, and (External Client Apps) an export without the file that holds the value is notEvaluated with a message
/// that names that file. Each row changes one thing in an otherwise well-configured app.
/// </summary>
public class ControlMatrixTests
{
    private const string Global = ".ecaGlblOauth";
    private const string Settings = ".ecaOauth";
    private const string Policies = ".ecaOauthPlcy";

    public static IEnumerable<ControlCase> Rows()
    {
        // ID token lifetime: ≤ 2 minutes.
        yield return Eca("IDTOKEN-LIFETIME", "idTokenValidityInMinutes 2", e => e.Global("idTokenConfig/idTokenValidityInMinutes", "2"), Pass);
        yield return Eca("IDTOKEN-LIFETIME", "idTokenValidityInMinutes 3", e => e.Global("idTokenConfig/idTokenValidityInMinutes", "3"), Fail);
        yield return Eca("IDTOKEN-LIFETIME", "no global OAuth settings file", e => e.Without(EcaFile.GlobalOauth), NotEvaluated, Global);
        yield return Ca("IDTOKEN-LIFETIME", "idTokenValidity 1", c => c.OauthConfig("idTokenConfig/idTokenValidity", "1"), Pass);
        yield return Ca("IDTOKEN-LIFETIME", "idTokenValidity 720", c => c.OauthConfig("idTokenConfig/idTokenValidity", "720"), Fail);

        // ID token audience: non-empty.
        yield return Eca("IDTOKEN-AUDIENCE", "idTokenAudience set", e => e.Global("idTokenConfig/idTokenAudience", "https://rp.example.com"), Pass);
        yield return Eca("IDTOKEN-AUDIENCE", "idTokenAudience absent", e => e.Global("idTokenConfig/idTokenAudience", null), Fail);
        yield return Eca("IDTOKEN-AUDIENCE", "idTokenAudience empty", e => e.Global("idTokenConfig/idTokenAudience", string.Empty), Fail);
        yield return Eca("IDTOKEN-AUDIENCE", "no global OAuth settings file", e => e.Without(EcaFile.GlobalOauth), NotEvaluated, Global);
        yield return Ca("IDTOKEN-AUDIENCE", "idTokenAudience set", c => c.OauthConfig("idTokenConfig/idTokenAudience", "https://rp.example.com"), Pass);
        yield return Ca("IDTOKEN-AUDIENCE", "idTokenAudience absent", c => c.OauthConfig("idTokenConfig/idTokenAudience", null), Fail);

        // ID token claims: no custom permissions; attributes only when defined (and then listed).
        yield return Eca("IDTOKEN-CLAIMS", "attributes not included", e => e.Global("idTokenConfig/idTokenIncludeAttributes", "false"), Pass);
        yield return Eca("IDTOKEN-CLAIMS", "attributes included and one defined", e => e.Global("idTokenConfig/idTokenIncludeAttributes", "true").CustomAttribute("Country", "User.Country"), Pass, "Country");
        yield return Eca("IDTOKEN-CLAIMS", "attributes included but none defined", e => e.Global("idTokenConfig/idTokenIncludeAttributes", "true"), Fail);
        yield return Eca("IDTOKEN-CLAIMS", "no global OAuth settings file", e => e.Without(EcaFile.GlobalOauth), NotEvaluated, Global);
        yield return Ca("IDTOKEN-CLAIMS", "no custom permissions, no attributes", c => c.OauthConfig("idTokenConfig/idTokenIncludeCustomPerms", "false"), Pass);
        yield return Ca("IDTOKEN-CLAIMS", "attributes included and one defined", c => c.OauthConfig("idTokenConfig/idTokenIncludeAttributes", "true").Attribute("Country", "User.Country"), Pass, "Country");
        yield return Ca("IDTOKEN-CLAIMS", "custom permissions included", c => c.OauthConfig("idTokenConfig/idTokenIncludeCustomPerms", "true"), Fail);
        yield return Ca("IDTOKEN-CLAIMS", "attributes included but none defined", c => c.OauthConfig("idTokenConfig/idTokenIncludeAttributes", "true"), Fail);

        // PKCE.
        yield return Eca("PKCE-REQUIRED", "isPkceRequired true", e => e.Global("isPkceRequired", "true"), Pass);
        yield return Eca("PKCE-REQUIRED", "isPkceRequired false", e => e.Global("isPkceRequired", "false"), Fail);
        yield return Eca("PKCE-REQUIRED", "no global OAuth settings file", e => e.Without(EcaFile.GlobalOauth), NotEvaluated, Global);
        yield return Ca("PKCE-REQUIRED", "isPkceRequired true", c => c.OauthConfig("isPkceRequired", "true"), Pass);
        yield return Ca("PKCE-REQUIRED", "isPkceRequired false", c => c.OauthConfig("isPkceRequired", "false"), Fail);

        // Refresh token rotation.
        yield return Eca("REFRESH-ROTATION", "rotation on", e => e.Global("isRefreshTokenRotationEnabled", "true"), Pass);
        yield return Eca("REFRESH-ROTATION", "rotation off", e => e.Global("isRefreshTokenRotationEnabled", "false"), Fail);
        yield return Eca("REFRESH-ROTATION", "no global OAuth settings file", e => e.Without(EcaFile.GlobalOauth), NotEvaluated, Global);
        yield return Ca("REFRESH-ROTATION", "rotation on in oauthConfig", c => c.OauthConfig("isRefreshTokenRotationEnabled", "true"), Pass);
        yield return Ca("REFRESH-ROTATION", "rotation off", c => c.OauthConfig("isRefreshTokenRotationEnabled", "false"), Fail);

        // Refresh token idle TTL: not "until revoked", ≤ 30 days.
        yield return Eca("REFRESH-IDLE-TTL", "SpecificInactivity 30 Days", e => e.Policy("refreshTokenPolicyType", "SpecificInactivity").Policy("refreshTokenValidityPeriod", "30").Policy("refreshTokenValidityUnit", "Days"), Pass);
        yield return Eca("REFRESH-IDLE-TTL", "Infinite", e => e.Policy("refreshTokenPolicyType", "Infinite").Policy("refreshTokenValidityPeriod", null).Policy("refreshTokenValidityUnit", null), Fail);
        yield return Eca("REFRESH-IDLE-TTL", "no OAuth policies file", e => e.Without(EcaFile.OauthPolicies), NotEvaluated, Policies);
        yield return Ca("REFRESH-IDLE-TTL", "specific_inactivity:30:DAYS", c => c.OauthPolicy("refreshTokenPolicy", "specific_inactivity:30:DAYS"), Pass);
        yield return Ca("REFRESH-IDLE-TTL", "infinite", c => c.OauthPolicy("refreshTokenPolicy", "infinite"), Fail);

        // Refresh token IP allowlist: no documented element; an attestation decides; Connected Apps: notApplicable.
        yield return Eca("REFRESH-IP-ALLOWLIST", "attested enforced", _ => { }, Pass, config: Attestation("REFRESH-IP-ALLOWLIST", "enforced"));
        yield return Eca("REFRESH-IP-ALLOWLIST", "attested notEnforced", _ => { }, Fail, config: Attestation("REFRESH-IP-ALLOWLIST", "notEnforced"));
        yield return Eca("REFRESH-IP-ALLOWLIST", "no attestation and no .ecaOauthSecurity file", _ => { }, NotEvaluated, "check Setup");
        yield return Ca("REFRESH-IP-ALLOWLIST", "any Connected App", _ => { }, NotApplicable);

        // IP relaxation: Enforce, compared case-insensitively.
        yield return Eca("IP-RELAXATION", "Enforce", e => e.Policy("ipRelaxationPolicyType", "Enforce"), Pass);
        yield return Eca("IP-RELAXATION", "enforce (lower case)", e => e.Policy("ipRelaxationPolicyType", "enforce"), Pass);
        yield return Eca("IP-RELAXATION", "Bypass", e => e.Policy("ipRelaxationPolicyType", "Bypass"), Fail);
        yield return Eca("IP-RELAXATION", "Bypass_2factor", e => e.Policy("ipRelaxationPolicyType", "Bypass_2factor"), Fail);
        yield return Eca("IP-RELAXATION", "no OAuth policies file", e => e.Without(EcaFile.OauthPolicies), NotEvaluated, Policies);
        yield return Ca("IP-RELAXATION", "ENFORCE", c => c.OauthPolicy("ipRelaxation", "ENFORCE"), Pass);
        yield return Ca("IP-RELAXATION", "Enforce (mixed case)", c => c.OauthPolicy("ipRelaxation", "Enforce"), Pass);
        yield return Ca("IP-RELAXATION", "BYPASS", c => c.OauthPolicy("ipRelaxation", "BYPASS"), Fail);
        yield return Ca("IP-RELAXATION", "BYPASS_2FACTOR", c => c.OauthPolicy("ipRelaxation", "BYPASS_2FACTOR"), Fail);

        // Trusted IP ranges: narrow.
        yield return Eca("TRUSTED-IP-RANGES", "one /24", e => e.TrustedIpRange("203.0.113.0", "203.0.113.255"), Pass);
        yield return Eca("TRUSTED-IP-RANGES", "0.0.0.0–255.255.255.255", e => e.TrustedIpRange("0.0.0.0", "255.255.255.255"), Fail);
        yield return Eca("TRUSTED-IP-RANGES", "no OAuth settings file", e => e.Without(EcaFile.OauthSettings), NotEvaluated, Settings);
        yield return Ca("TRUSTED-IP-RANGES", "one /24", c => c.IpRange("203.0.113.0", "203.0.113.255"), Pass);
        yield return Ca("TRUSTED-IP-RANGES", "0.0.0.0–255.255.255.255", c => c.IpRange("0.0.0.0", "255.255.255.255"), Fail);

        // Secret required for the web server flow.
        yield return Eca("SECRET-WEBSERVER", "isConsumerSecretOptional false", e => e.Global("isConsumerSecretOptional", "false"), Pass);
        yield return Eca("SECRET-WEBSERVER", "isConsumerSecretOptional true", e => e.Global("isConsumerSecretOptional", "true"), Fail);
        yield return Eca("SECRET-WEBSERVER", "no global OAuth settings file", e => e.Without(EcaFile.GlobalOauth), NotEvaluated, Global);
        yield return Ca("SECRET-WEBSERVER", "isConsumerSecretOptional false", c => c.OauthConfig("isConsumerSecretOptional", "false"), Pass);
        yield return Ca("SECRET-WEBSERVER", "isConsumerSecretOptional true", c => c.OauthConfig("isConsumerSecretOptional", "true"), Fail);

        // Secret required for the refresh token flow.
        yield return Eca("SECRET-REFRESH", "isSecretRequiredForRefreshToken true", e => e.Global("isSecretRequiredForRefreshToken", "true"), Pass);
        yield return Eca("SECRET-REFRESH", "isSecretRequiredForRefreshToken false", e => e.Global("isSecretRequiredForRefreshToken", "false"), Fail);
        yield return Eca("SECRET-REFRESH", "no global OAuth settings file", e => e.Without(EcaFile.GlobalOauth), NotEvaluated, Global);
        yield return Ca("SECRET-REFRESH", "isSecretRequiredForRefreshToken true", c => c.OauthConfig("isSecretRequiredForRefreshToken", "true"), Pass);
        yield return Ca("SECRET-REFRESH", "isSecretRequiredForRefreshToken false", c => c.OauthConfig("isSecretRequiredForRefreshToken", "false"), Fail);

        // No secret material in the export (a sweep of the app's files, so there is no "missing file" case).
        yield return Eca("SECRET-IN-EXPORT", "no consumerSecret", e => e.Global("consumerSecret", null), Pass);
        yield return Eca("SECRET-IN-EXPORT", "a consumerSecret", e => e.Global("consumerSecret", "Zq8s3cr3tValueForTests"), Fail, Global);
        yield return Ca("SECRET-IN-EXPORT", "no consumerSecret", c => c.OauthConfig("consumerSecret", null), Pass);
        yield return Ca("SECRET-IN-EXPORT", "a consumerSecret", c => c.OauthConfig("consumerSecret", "Zq8s3cr3tValueForTests"), Fail, ".connectedApp");

        // Scopes: no Full.
        yield return Eca("SCOPE-LEAST-PRIVILEGE", "Api, RefreshToken", e => e.Scopes("Api, RefreshToken"), Pass);
        yield return Eca("SCOPE-LEAST-PRIVILEGE", "Api, Full", e => e.Scopes("Api, Full"), Fail);
        yield return Eca("SCOPE-LEAST-PRIVILEGE", "no OAuth settings file", e => e.Without(EcaFile.OauthSettings), NotEvaluated, Settings);
        yield return Ca("SCOPE-LEAST-PRIVILEGE", "Api, RefreshToken", c => c.Scopes("Api", "RefreshToken"), Pass);
        yield return Ca("SCOPE-LEAST-PRIVILEGE", "Full", c => c.Scopes("Full"), Fail);

        // Callback URLs.
        yield return Eca("CALLBACK-URL-SECURE", "https", e => e.Global("callbackUrl", "https://app.example.com/cb"), Pass);
        yield return Eca("CALLBACK-URL-SECURE", "http to a public host", e => e.Global("callbackUrl", "http://app.example.com/cb"), Fail);
        yield return Eca("CALLBACK-URL-SECURE", "no global OAuth settings file", e => e.Without(EcaFile.GlobalOauth), NotEvaluated, Global);
        yield return Ca("CALLBACK-URL-SECURE", "https", c => c.OauthConfig("callbackUrl", "https://app.example.com/cb"), Pass);
        yield return Ca("CALLBACK-URL-SECURE", "http to a public host", c => c.OauthConfig("callbackUrl", "http://app.example.com/cb"), Fail);

        // Introspect all tokens.
        yield return Eca("INTROSPECT-ALL-DISABLED", "isIntrospectAllTokens false", e => e.Global("isIntrospectAllTokens", "false"), Pass);
        yield return Eca("INTROSPECT-ALL-DISABLED", "isIntrospectAllTokens true", e => e.Global("isIntrospectAllTokens", "true"), Fail);
        yield return Eca("INTROSPECT-ALL-DISABLED", "no global OAuth settings file", e => e.Without(EcaFile.GlobalOauth), NotEvaluated, Global);
        yield return Ca("INTROSPECT-ALL-DISABLED", "isIntrospectAllTokens false", c => c.OauthConfig("isIntrospectAllTokens", "false"), Pass);
        yield return Ca("INTROSPECT-ALL-DISABLED", "isIntrospectAllTokens true", c => c.OauthConfig("isIntrospectAllTokens", "true"), Fail);

        // Client credentials: disabled in the global settings or in the policies; enabled fails even with a run-as user.
        yield return Eca("CLIENT-CREDENTIALS-FLOW", "off in both files", e => e.Global("isClientCredentialsFlowEnabled", "false").Policy("isClientCredentialsFlowEnabled", "false"), Pass);
        yield return Eca("CLIENT-CREDENTIALS-FLOW", "on in the global settings, off in the policies", e => e.Global("isClientCredentialsFlowEnabled", "true").Policy("isClientCredentialsFlowEnabled", "false"), Pass);
        yield return Eca("CLIENT-CREDENTIALS-FLOW", "off in the global settings, on in the policies", e => e.Global("isClientCredentialsFlowEnabled", "false").Policy("isClientCredentialsFlowEnabled", "true"), Pass);
        yield return Eca("CLIENT-CREDENTIALS-FLOW", "on in both files, no run-as user", e => e.Global("isClientCredentialsFlowEnabled", "true").Policy("isClientCredentialsFlowEnabled", "true"), Fail);
        yield return Eca("CLIENT-CREDENTIALS-FLOW", "on in both files with a run-as user", e => e.Global("isClientCredentialsFlowEnabled", "true").Policy("isClientCredentialsFlowEnabled", "true").Policy("clientCredentialsFlowUser", "integration@example.com"), Fail);
        yield return Eca("CLIENT-CREDENTIALS-FLOW", "on in the policies, no global OAuth settings file", e => e.Policy("isClientCredentialsFlowEnabled", "true").Without(EcaFile.GlobalOauth), NotEvaluated, Global);
        yield return Ca("CLIENT-CREDENTIALS-FLOW", "isClientCredentialEnabled false", c => c.OauthConfig("isClientCredentialEnabled", "false"), Pass);
        yield return Ca("CLIENT-CREDENTIALS-FLOW", "isClientCredentialEnabled true, no run-as user", c => c.OauthConfig("isClientCredentialEnabled", "true"), Fail);
        yield return Ca("CLIENT-CREDENTIALS-FLOW", "isClientCredentialEnabled true with a run-as user", c => c.OauthConfig("isClientCredentialEnabled", "true").OauthConfig("oauthClientCredentialUser", "integration@example.com"), Fail);

        // Device flow: ECA from the global settings; Connected Apps have no element, so only an attestation decides.
        yield return Eca("DEVICE-FLOW-DISABLED", "isDeviceFlowEnabled false", e => e.Global("isDeviceFlowEnabled", "false"), Pass);
        yield return Eca("DEVICE-FLOW-DISABLED", "isDeviceFlowEnabled true", e => e.Global("isDeviceFlowEnabled", "true"), Fail);
        yield return Eca("DEVICE-FLOW-DISABLED", "no global OAuth settings file", e => e.Without(EcaFile.GlobalOauth), NotEvaluated, Global);
        yield return Ca("DEVICE-FLOW-DISABLED", "no attestation", _ => { }, NotEvaluated, "Enable for Device Flow");
        yield return Ca("DEVICE-FLOW-DISABLED", "attested compliant", _ => { }, Pass, config: Attestation("DEVICE-FLOW-DISABLED", "compliant"));
        yield return Ca("DEVICE-FLOW-DISABLED", "attested nonCompliant", _ => { }, Fail, config: Attestation("DEVICE-FLOW-DISABLED", "nonCompliant"));

        // Token exchange requires the secret when it is enabled.
        yield return Eca("TOKEN-EXCHANGE-SECRET", "enabled, secret required", e => TokenExchange(e).Global("isSecretRequiredForTokenExchange", "true"), Pass);
        yield return Eca("TOKEN-EXCHANGE-SECRET", "enabled, secret not required", e => TokenExchange(e).Global("isSecretRequiredForTokenExchange", "false"), Fail);
        yield return Eca("TOKEN-EXCHANGE-SECRET", "enabled in the policies, no global OAuth settings file", e => TokenExchange(e).Without(EcaFile.GlobalOauth), NotEvaluated, Global);
        yield return Ca("TOKEN-EXCHANGE-SECRET", "enabled, secret required", c => c.OauthConfig("isTokenExchangeEnabled", "true").OauthConfig("isSecretRequiredForTokenExchange", "true"), Pass);
        yield return Ca("TOKEN-EXCHANGE-SECRET", "enabled, secret not required", c => c.OauthConfig("isTokenExchangeEnabled", "true").OauthConfig("isSecretRequiredForTokenExchange", "false"), Fail);

        // Code-and-credentials flow is POST-only when enabled.
        yield return Eca("CODE-CREDENTIALS-POST-ONLY", "enabled, POST-only", e => e.Global("isCodeCredFlowEnabled", "true").Global("isCodeCredPostOnly", "true"), Pass);
        yield return Eca("CODE-CREDENTIALS-POST-ONLY", "enabled, not POST-only", e => e.Global("isCodeCredFlowEnabled", "true").Global("isCodeCredPostOnly", "false"), Fail);
        yield return Eca("CODE-CREDENTIALS-POST-ONLY", "no global OAuth settings file", e => e.Without(EcaFile.GlobalOauth), NotEvaluated, Global);
        yield return Ca("CODE-CREDENTIALS-POST-ONLY", "enabled, POST-only", c => c.OauthConfig("isCodeCredentialEnabled", "true").OauthConfig("isCodeCredentialPostOnly", "true"), Pass);
        yield return Ca("CODE-CREDENTIALS-POST-ONLY", "enabled, not POST-only", c => c.OauthConfig("isCodeCredentialEnabled", "true").OauthConfig("isCodeCredentialPostOnly", "false"), Fail);

        // Permitted users: admin-approved.
        yield return Eca("PERMITTED-USERS-ADMIN-APPROVED", "AdminApprovedPreAuthorized", e => e.Policy("permittedUsersPolicyType", "AdminApprovedPreAuthorized"), Pass);
        yield return Eca("PERMITTED-USERS-ADMIN-APPROVED", "AllSelfAuthorized", e => e.Policy("permittedUsersPolicyType", "AllSelfAuthorized"), Fail);
        yield return Eca("PERMITTED-USERS-ADMIN-APPROVED", "no OAuth policies file", e => e.Without(EcaFile.OauthPolicies), NotEvaluated, Policies);
        yield return Ca("PERMITTED-USERS-ADMIN-APPROVED", "isAdminApproved true", c => c.OauthConfig("isAdminApproved", "true"), Pass);
        yield return Ca("PERMITTED-USERS-ADMIN-APPROVED", "isAdminApproved false", c => c.OauthConfig("isAdminApproved", "false"), Fail);

        // Session timeout ≤ 60 minutes.
        yield return Eca("SESSION-TIMEOUT", "60 minutes", e => e.Policy("sessionTimeoutInMinutes", "60"), Pass);
        yield return Eca("SESSION-TIMEOUT", "15 minutes", e => e.Policy("sessionTimeoutInMinutes", "15"), Pass);
        yield return Eca("SESSION-TIMEOUT", "61 minutes", e => e.Policy("sessionTimeoutInMinutes", "61"), Fail);
        yield return Eca("SESSION-TIMEOUT", "no OAuth policies file", e => e.Without(EcaFile.OauthPolicies), NotEvaluated, Policies);
        yield return Ca("SESSION-TIMEOUT", "60 minutes", c => c.SessionPolicy("sessionTimeout", "60"), Pass);
        yield return Ca("SESSION-TIMEOUT", "120 minutes", c => c.SessionPolicy("sessionTimeout", "120"), Fail);

        // JWT access tokens for named users: a custom timeout ≤ 30 minutes.
        yield return Eca("JWT-ACCESS-TOKEN-TIMEOUT", "on, Custom 30 minutes", e => NamedUserJwt(e, "Custom", "30"), Pass);
        yield return Eca("JWT-ACCESS-TOKEN-TIMEOUT", "on, Custom 60 minutes", e => NamedUserJwt(e, "Custom", "60"), Fail);
        yield return Eca("JWT-ACCESS-TOKEN-TIMEOUT", "on, UserSession", e => NamedUserJwt(e, "UserSession", null), Fail);
        yield return Eca("JWT-ACCESS-TOKEN-TIMEOUT", "on, no OAuth policies file", e => NamedUserJwt(e, "Custom", "30").Without(EcaFile.OauthPolicies), NotEvaluated, Policies);
        yield return Ca("JWT-ACCESS-TOKEN-TIMEOUT", "off", c => c.OauthConfig("isNamedUserJwtEnabled", "false"), NotApplicable);
        yield return Ca("JWT-ACCESS-TOKEN-TIMEOUT", "on (Connected Apps have no custom JWT timeout)", c => c.OauthConfig("isNamedUserJwtEnabled", "true"), Fail);
    }

    public static IEnumerable<TestCaseData> Cases() => Rows().Select(r => r.ToTestCase());

    [TestCaseSource(nameof(Cases))]
    public void Each_control_passes_the_recommended_value_fails_another_and_names_the_file_it_lacks(ControlCase row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var finding = row.Run();

        finding.Status.Should().Be(row.Expected, ScanOutcome.TextOf(finding));
        finding.AppKind.Should().Be(row.Kind);
        if (row.Mentions is not null)
        {
            finding.Message.Should().Contain(row.Mentions);
        }
    }

    [Test]
    public void The_table_has_a_passing_and_a_failing_row_for_every_control_and_kind_and_a_missing_file_row_for_every_External_Client_App_control()
    {
        var rows = Rows().ToList();
        foreach (var id in ControlIds.All)
        {
            foreach (var kind in new[] { AppKind.ExternalClientApp, AppKind.ConnectedApp })
            {
                var statuses = rows.Where(r => r.RuleId == id && r.Kind == kind).Select(r => r.Expected).ToHashSet();
                var notApplicableForKind = statuses.SetEquals([NotApplicable]);
                if (notApplicableForKind)
                {
                    continue;
                }

                statuses.Should().Contain(Fail, $"{id} for {kind} needs a failing row");
                statuses.Should().Match<HashSet<FindingStatus>>(s => s.Contains(Pass) || s.Contains(NotApplicable), $"{id} for {kind} needs a passing (or notApplicable) row");
            }

            // A sweep of the files has no file to miss.
            if (id != "SECRET-IN-EXPORT")
            {
                rows.Should().Contain(r => r.RuleId == id && r.Kind == AppKind.ExternalClientApp && r.Expected == NotEvaluated, $"{id} needs a missing-data row");
            }
        }
    }

    private static EcaAppSpec TokenExchange(EcaAppSpec eca) =>
        eca.Global("isTokenExchangeEnabled", "true").Policy("isTokenExchangeFlowEnabled", "true");

    private static EcaAppSpec NamedUserJwt(EcaAppSpec eca, string timeoutType, string? minutes) =>
        eca.Global("isNamedUserJwtEnabled", "true").Policy("namedUserJwtSessionTimeoutType", timeoutType).Policy("namedUserJwtTimeout", minutes);
}
