using HealthReview.Core.Results;
using HealthReview.Engine.Evaluation.Named;
using HealthReview.Engine.Tests.Support;
using static HealthReview.Core.Results.FindingStatus;

namespace HealthReview.Engine.Tests.Evaluation.Named;

/// <summary>
/// REFRESH-IDLE-TTL (controls.md): the refresh token policy is not "valid until revoked" and its validity is ≤ 30
/// days; months count 30 days (rule-format.md, refreshTokenExpires). The finding notes that Salesforce's idle-TTL
/// switch is not written back into metadata.
/// </summary>
public class RefreshTokenExpiryTests
{
    [TestCase("zero", Pass)]
    [TestCase("infinite", Fail)]
    [TestCase("specific_inactivity:30:DAYS", Pass)]
    [TestCase("specific_inactivity:31:DAYS", Fail)]
    [TestCase("specific_inactivity:2:MONTHS", Fail)]
    [TestCase("specific_inactivity:1:MONTHS", Pass)]
    [TestCase("specific_inactivity:720:HOURS", Pass)]
    [TestCase("specific_inactivity:721:HOURS", Fail)]
    [TestCase("specific_lifetime:1:DAYS", Pass)]
    [TestCase("specific_lifetime:365:DAYS", Fail)]
    [TestCase("SPECIFIC_INACTIVITY:30:days", Pass)]
    public void A_Connected_App_refresh_token_policy(string policy, FindingStatus expected)
    {
        using var export = new TestExport();
        export.ConnectedApp("Api_Client").OauthPolicy("refreshTokenPolicy", policy);
        var finding = export.Scan().Finding("REFRESH-IDLE-TTL", "Api_Client");

        finding.Status.Should().Be(expected, finding.Message);
    }

    [TestCase("Zero", null, null, Pass)]
    [TestCase("Infinite", null, null, Fail)]
    [TestCase("SpecificInactivity", "30", "Days", Pass)]
    [TestCase("SpecificInactivity", "31", "Days", Fail)]
    [TestCase("SpecificInactivity", "2", "Months", Fail)]
    [TestCase("SpecificInactivity", "720", "Hours", Pass)]
    [TestCase("SpecificLifetime", "4", "Hours", Pass)]
    [TestCase("SpecificLifetime", "365", "Days", Fail)]
    [TestCase("SpecificLifetime", "90", "Days", Fail)]
    [TestCase("SpecificInactivity", null, null, NotEvaluated)]
    public void An_External_Client_App_refresh_token_policy(string type, string? period, string? unit, FindingStatus expected)
    {
        using var export = new TestExport();
        export.Eca("Api_Client").Policy("refreshTokenPolicyType", type).Policy("refreshTokenValidityPeriod", period).Policy("refreshTokenValidityUnit", unit);
        var finding = export.Scan().Finding("REFRESH-IDLE-TTL", "Api_Client");

        finding.Status.Should().Be(expected, finding.Message);
    }

    [Test]
    public void Two_months_count_as_sixty_days()
    {
        using var export = new TestExport();
        export.ConnectedApp("Two_Months").OauthPolicy("refreshTokenPolicy", "specific_inactivity:2:MONTHS");

        export.Scan().Finding("REFRESH-IDLE-TTL", "Two_Months").Message.Should().Contain("≈60 days");
    }

    [Test]
    public void Tokens_valid_until_revoked_fail_with_the_idle_TTL_caveat_for_both_kinds()
    {
        using var export = new TestExport();
        export.ConnectedApp("Forever_Ca").OauthPolicy("refreshTokenPolicy", "infinite");
        export.Eca("Forever_Eca").Policy("refreshTokenPolicyType", "Infinite").Policy("refreshTokenValidityPeriod", null).Policy("refreshTokenValidityUnit", null);
        var outcome = export.Scan();

        foreach (var app in new[] { "Forever_Ca", "Forever_Eca" })
        {
            var finding = outcome.Finding("REFRESH-IDLE-TTL", app);
            finding.Status.Should().Be(Fail);
            finding.Message.Should().Contain(RefreshTokenExpiryCheck.IdleTtlCaveat);
            finding.Message.Should().Contain("not written back into the metadata");
        }
    }

    [Test]
    public void The_maxDays_threshold_from_the_config_file_replaces_30_days()
    {
        using var export = new TestExport();
        export.ConnectedApp("Strict").OauthPolicy("refreshTokenPolicy", "specific_inactivity:30:DAYS");
        var config = HealthReview.Engine.Config.ScanConfigLoader.Parse("thresholds:\n  REFRESH-IDLE-TTL: { maxDays: 7 }\n", "healthreview.yaml", BuiltInRules.Catalog);

        export.Scan(config).Finding("REFRESH-IDLE-TTL", "Strict").Status.Should().Be(Fail);
    }
}
