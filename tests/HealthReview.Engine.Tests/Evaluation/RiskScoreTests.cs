using HealthReview.Core.Results;
using HealthReview.Engine.Tests.Support;
using static HealthReview.Core.Results.FindingStatus;

namespace HealthReview.Engine.Tests.Evaluation;

/// <summary>How controls.md orders the risk of two failures of the same control.</summary>
public class RiskScoreTests
{
    [Test]
    public void Client_credentials_with_a_run_as_user_fail_at_the_low_end_of_the_range_and_without_one_higher()
    {
        using var export = new TestExport();
        export.ConnectedApp("With_User").OauthConfig("isClientCredentialEnabled", "true").OauthConfig("oauthClientCredentialUser", "integration@example.com");
        export.ConnectedApp("Without_User").OauthConfig("isClientCredentialEnabled", "true");
        export.Eca("Eca_With_User").Global("isClientCredentialsFlowEnabled", "true").Policy("isClientCredentialsFlowEnabled", "true").Policy("clientCredentialsFlowUser", "integration@example.com");
        var outcome = export.Scan();

        var withUser = outcome.Finding("CLIENT-CREDENTIALS-FLOW", "With_User");
        var withoutUser = outcome.Finding("CLIENT-CREDENTIALS-FLOW", "Without_User");
        var ecaWithUser = outcome.Finding("CLIENT-CREDENTIALS-FLOW", "Eca_With_User");

        // controls.md: CA Critical 9.0–10.0, ECA High 7.0–8.9; "enabled with a run-as user still fails, at the low end".
        withUser.Status.Should().Be(Fail);
        withUser.Cvss!.Score.Should().Be(9.0).And.Be(withUser.Cvss.Range.Min);
        withoutUser.Status.Should().Be(Fail);
        withoutUser.Cvss!.Score.Should().BeGreaterThan(withUser.Cvss.Score);
        ecaWithUser.Cvss!.Score.Should().Be(7.0).And.Be(ecaWithUser.Cvss.Range.Min);
        withUser.Severity.Should().Be(Core.Cvss.CvssSeverity.Critical);
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Relaxing_IP_restrictions_for_refresh_tokens_only_scores_lower_than_bypassing_them(bool connectedApp)
    {
        using var export = new TestExport();
        if (connectedApp)
        {
            export.ConnectedApp("Relax_Refresh").OauthPolicy("ipRelaxation", "ENFORCE_RELAXREFRESH");
            export.ConnectedApp("Bypass").OauthPolicy("ipRelaxation", "BYPASS");
        }
        else
        {
            export.Eca("Relax_Refresh").Policy("ipRelaxationPolicyType", "Enforce_RelaxRefresh");
            export.Eca("Bypass").Policy("ipRelaxationPolicyType", "Bypass");
        }

        var outcome = export.Scan();
        var relaxRefresh = outcome.Finding("IP-RELAXATION", "Relax_Refresh");
        var bypass = outcome.Finding("IP-RELAXATION", "Bypass");

        relaxRefresh.Status.Should().Be(Fail);
        bypass.Status.Should().Be(Fail);
        relaxRefresh.Cvss!.Score.Should().BeLessThan(bypass.Cvss!.Score);
        relaxRefresh.Cvss.Score.Should().BeInRange(6.0, 8.5, "SHR 'IP Relaxation' range");
        bypass.Cvss.Score.Should().BeInRange(6.0, 8.5);
    }

    [Test]
    public void A_Full_scope_is_critical_for_both_kinds()
    {
        using var export = new TestExport();
        export.Eca("Full_Eca").Scopes("Full");
        export.ConnectedApp("Full_Ca").Scopes("Full");
        var outcome = export.Scan();

        foreach (var app in new[] { "Full_Eca", "Full_Ca" })
        {
            var finding = outcome.Finding("SCOPE-LEAST-PRIVILEGE", app);
            finding.Cvss!.Score.Should().BeInRange(9.0, 10.0);
            finding.Severity.Should().Be(Core.Cvss.CvssSeverity.Critical);
        }
    }

    [Test]
    public void Every_finding_score_lies_inside_the_range_of_its_control()
    {
        using var export = new TestExport();
        export.Eca("Bad_Eca").Global("isPkceRequired", "false").Global("isConsumerSecretOptional", "true").Global("isSecretRequiredForRefreshToken", "false")
            .Global("isRefreshTokenRotationEnabled", "false").Global("isDeviceFlowEnabled", "true").Global("isIntrospectAllTokens", "true")
            .Scopes("Full, RefreshToken, OpenID, CustomPermissions").Policy("ipRelaxationPolicyType", "Bypass").Policy("permittedUsersPolicyType", "AllSelfAuthorized")
            .Policy("refreshTokenPolicyType", "Infinite").Policy("sessionTimeoutInMinutes", "480").Global("idTokenConfig/idTokenValidityInMinutes", "720");
        export.ConnectedApp("Bad_Ca").OauthConfig("isPkceRequired", "false").OauthConfig("isConsumerSecretOptional", "true").OauthConfig("isAdminApproved", "false")
            .Scopes("Full", "RefreshToken", "OpenID").OauthPolicy("ipRelaxation", "BYPASS").OauthPolicy("refreshTokenPolicy", "infinite");
        var config = HealthReview.Engine.Config.ScanConfigLoader.Parse("context:\n  apps:\n    Bad_Eca: { sensitiveData: true, publicClient: true }\n    Bad_Ca: { sensitiveData: true }\n", "healthreview.yaml", BuiltInRules.Catalog);
        var findings = export.Scan(config).Findings.Where(f => f.Cvss is not null).ToList();

        findings.Should().Contain(f => f.Status == Fail && f.Modifiers.Count > 0);
        findings.Should().OnlyContain(f => f.Cvss!.Range.Contains(f.Cvss.Score));
    }
}
