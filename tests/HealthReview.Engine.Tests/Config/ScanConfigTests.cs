using HealthReview.Core.Results;
using HealthReview.Engine.Config;
using HealthReview.Engine.Tests.Support;
using HealthReview.Engine.Yaml;
using static HealthReview.Core.Results.FindingStatus;

namespace HealthReview.Engine.Tests.Config;

/// <summary>healthreview.yaml (contracts.md): thresholds, risk acceptances, attestations and context facts.</summary>
public class ScanConfigTests
{
    private static ScanConfig Parse(string yaml) => ScanConfigLoader.Parse(yaml, "healthreview.yaml", BuiltInRules.Catalog);

    [Test]
    public void A_threshold_from_the_config_file_turns_a_five_minute_ID_token_into_a_pass_and_the_reason_says_where_it_came_from()
    {
        using var export = new TestExport();
        export.Eca("Portal").Global("idTokenConfig/idTokenValidityInMinutes", "5");

        var withoutConfig = export.Scan().Finding("IDTOKEN-LIFETIME", "Portal");
        var withConfig = export.Scan(Parse("thresholds:\n  IDTOKEN-LIFETIME: { maxMinutes: 5 }\n")).Finding("IDTOKEN-LIFETIME", "Portal");

        withoutConfig.Status.Should().Be(Fail);
        withoutConfig.Reasons.Should().Contain("Threshold maxMinutes = 2.");
        withConfig.Status.Should().Be(Pass);
        withConfig.Reasons.Should().Contain("Threshold maxMinutes = 5 (from the config file).");
        withConfig.Expected.Should().Be("at most 5 (maxMinutes)");
    }

    [Test]
    public void The_thresholds_in_use_are_reported_with_the_rules()
    {
        using var export = new TestExport();
        export.Eca("Portal");
        var result = export.Scan(Parse("thresholds:\n  SESSION-TIMEOUT: { maxMinutes: 30 }\n")).Result;

        result.Rules.Single(r => r.Id == "SESSION-TIMEOUT").Thresholds.Should().Contain("maxMinutes", 30);
        result.Rules.Single(r => r.Id == "IDTOKEN-LIFETIME").Thresholds.Should().Contain("maxMinutes", 2);
    }

    private const string Acceptance = """
        acceptances:
          - rule: DEVICE-FLOW-DISABLED
            app: Field_Service_Mobile
            reason: "Kiosk devices without a browser"
            owner: "secops@example.com"
            expires: 2027-03-31
        """;

    [Test]
    public void A_current_acceptance_waives_the_failure_and_says_why_who_and_until_when()
    {
        using var export = new TestExport();
        export.Eca("Field_Service_Mobile").Global("isDeviceFlowEnabled", "true");
        var outcome = export.Scan(Parse(Acceptance), now: new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));
        var finding = outcome.Finding("DEVICE-FLOW-DISABLED", "Field_Service_Mobile");

        finding.Status.Should().Be(Waived);
        finding.IsOpen.Should().BeFalse();
        finding.Acceptance.Should().Be(new AcceptanceInfo("Kiosk devices without a browser", "secops@example.com", new DateOnly(2027, 3, 31), false));
        finding.Reasons.Should().Contain(r => r.Contains("secops@example.com", StringComparison.Ordinal) && r.Contains("2027-03-31", StringComparison.Ordinal) && r.Contains("Kiosk devices without a browser", StringComparison.Ordinal));
        finding.Severity.Should().NotBe(Core.Cvss.CvssSeverity.None, "a waived finding keeps its risk");
        outcome.Result.Config!.Acceptances.Should().ContainSingle().Which.Matched.Should().BeTrue();
    }

    [Test]
    public void An_acceptance_is_still_current_on_its_expiry_date()
    {
        using var export = new TestExport();
        export.Eca("Field_Service_Mobile").Global("isDeviceFlowEnabled", "true");

        export.Scan(Parse(Acceptance), now: new DateTimeOffset(2027, 3, 31, 23, 0, 0, TimeSpan.Zero))
            .Finding("DEVICE-FLOW-DISABLED", "Field_Service_Mobile").Status.Should().Be(Waived);
    }

    [Test]
    public void An_expired_acceptance_leaves_the_finding_open_and_says_it_expired()
    {
        using var export = new TestExport();
        export.Eca("Field_Service_Mobile").Global("isDeviceFlowEnabled", "true");
        var outcome = export.Scan(Parse(Acceptance), now: new DateTimeOffset(2027, 4, 1, 0, 0, 0, TimeSpan.Zero));
        var finding = outcome.Finding("DEVICE-FLOW-DISABLED", "Field_Service_Mobile");

        finding.Status.Should().Be(Fail);
        finding.IsOpen.Should().BeTrue();
        finding.Acceptance!.Expired.Should().BeTrue();
        finding.Reasons.Should().Contain(r => r.Contains("expired on 2027-03-31", StringComparison.Ordinal));
        outcome.Result.Config!.Acceptances.Single().Expired.Should().BeTrue();
    }

    [Test]
    public void An_acceptance_does_not_touch_a_passing_finding_or_another_app()
    {
        using var export = new TestExport();
        export.Eca("Field_Service_Mobile");
        export.Eca("Other_App").Global("isDeviceFlowEnabled", "true");
        var outcome = export.Scan(Parse(Acceptance));

        var passing = outcome.Finding("DEVICE-FLOW-DISABLED", "Field_Service_Mobile");
        passing.Status.Should().Be(Pass);
        passing.Acceptance.Should().BeNull();
        outcome.Finding("DEVICE-FLOW-DISABLED", "Other_App").Status.Should().Be(Fail);
        outcome.Result.Config!.Acceptances.Single().Matched.Should().BeFalse();
    }

    [TestCase("enforced", Pass)]
    [TestCase("notEnforced", Fail)]
    public void An_attestation_decides_a_finding_the_export_cannot_show_and_says_who_and_when(string value, FindingStatus expected)
    {
        using var export = new TestExport();
        export.ConnectedApp("Legacy_App");
        var finding = export.Scan(Parse($"""
            attestations:
              - rule: DEVICE-FLOW-DISABLED
                app: Legacy_App
                value: {value}
                by: "jane.doe@example.com"
                date: 2026-05-15
            """)).Finding("DEVICE-FLOW-DISABLED", "Legacy_App");

        finding.Status.Should().Be(expected);
        finding.Attestation.Should().Be(new AttestationInfo(value, "jane.doe@example.com", new DateOnly(2026, 5, 15)));
        finding.Reasons.Should().Contain(r => r.StartsWith($"Attested '{value}' by jane.doe@example.com on 2026-05-15", StringComparison.Ordinal));
    }

    [Test]
    public void An_attestation_never_overrides_what_the_export_shows()
    {
        using var export = new TestExport();
        export.Eca("Kiosk").Global("isDeviceFlowEnabled", "true");
        var finding = export.Scan(Parse("""
            attestations:
              - rule: DEVICE-FLOW-DISABLED
                app: Kiosk
                value: enforced
                by: "jane.doe@example.com"
                date: 2026-05-15
            """)).Finding("DEVICE-FLOW-DISABLED", "Kiosk");

        finding.Status.Should().Be(Fail);
        finding.Attestation.Should().BeNull();
    }

    [Test]
    public void A_failure_decided_by_an_attestation_can_be_accepted()
    {
        using var export = new TestExport();
        export.ConnectedApp("Legacy_App");
        var finding = export.Scan(Parse("""
            attestations:
              - rule: DEVICE-FLOW-DISABLED
                app: Legacy_App
                value: notEnforced
                by: jane.doe@example.com
                date: 2026-05-15
            acceptances:
              - rule: DEVICE-FLOW-DISABLED
                app: Legacy_App
                reason: Retiring in Q3
                owner: secops@example.com
                expires: 2026-09-30
            """)).Finding("DEVICE-FLOW-DISABLED", "Legacy_App");

        finding.Status.Should().Be(Waived);
    }

    [Test]
    public void Context_facts_are_read_per_app_and_for_the_org()
    {
        var config = Parse("context:\n  apps:\n    Payroll_Sync: { sensitiveData: true, publicClient: false }\n  org: { ipRestricted: true }\n");

        config.AppFacts["Payroll_Sync"].Should().Contain(new KeyValuePair<string, bool>("sensitiveData", true)).And.Contain(new KeyValuePair<string, bool>("publicClient", false));
        config.OrgFacts.Should().Contain(new KeyValuePair<string, bool>("ipRestricted", true));
    }

    [Test]
    public void Loading_a_file_records_its_path_and_hash()
    {
        var path = Path.Combine(Path.GetTempPath(), $"healthreview-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllText(path, "thresholds:\n  IDTOKEN-LIFETIME: { maxMinutes: 5 }\n");
            var config = ScanConfigLoader.Load(path, BuiltInRules.Catalog);

            config.Source.Should().Be(path.Replace('\\', '/'));
            config.Sha256.Should().MatchRegex("^[0-9a-f]{64}$");
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static IEnumerable<TestCaseData> InvalidConfigs()
    {
        TestCaseData Case(string name, string yaml, string lineOf, string mentions) => new TestCaseData(yaml, lineOf, mentions).SetArgDisplayNames(name);

        yield return Case("an unknown top-level key", "thresholds: {}\nwaivers: []\n", "waivers", "waivers");
        yield return Case("an unknown key in an acceptance", "acceptances:\n  - rule: PKCE-REQUIRED\n    app: A\n    reason: r\n    owner: o\n    expires: 2027-01-01\n    approvedBy: x\n", "approvedBy", "approvedBy");
        yield return Case("an acceptance without reason", "acceptances:\n  - rule: PKCE-REQUIRED\n    app: A\n    owner: o\n    expires: 2027-01-01\n", "- rule: PKCE-REQUIRED", "reason");
        yield return Case("an acceptance without owner", "acceptances:\n  - rule: PKCE-REQUIRED\n    app: A\n    reason: r\n    expires: 2027-01-01\n", "- rule: PKCE-REQUIRED", "owner");
        yield return Case("an acceptance without expiry", "acceptances:\n  - rule: PKCE-REQUIRED\n    app: A\n    reason: r\n    owner: o\n", "- rule: PKCE-REQUIRED", "expires");
        yield return Case("an acceptance with an empty reason", "acceptances:\n  - rule: PKCE-REQUIRED\n    app: A\n    reason: \"\"\n    owner: o\n    expires: 2027-01-01\n", "reason:", "reason");
        yield return Case("an attestation without by", "attestations:\n  - rule: REFRESH-IP-ALLOWLIST\n    app: A\n    value: enforced\n    date: 2026-10-01\n", "- rule: REFRESH-IP-ALLOWLIST", "by");
        yield return Case("an attestation without date", "attestations:\n  - rule: REFRESH-IP-ALLOWLIST\n    app: A\n    value: enforced\n    by: jane\n", "- rule: REFRESH-IP-ALLOWLIST", "date");
        yield return Case("an attestation with an unknown value", "attestations:\n  - rule: REFRESH-IP-ALLOWLIST\n    app: A\n    value: probably\n    by: jane\n    date: 2026-10-01\n", "value: probably", "probably");
        yield return Case("a bad date", "acceptances:\n  - rule: PKCE-REQUIRED\n    app: A\n    reason: r\n    owner: o\n    expires: 31/03/2027\n", "expires:", "31/03/2027");
        yield return Case("an impossible date", "attestations:\n  - rule: REFRESH-IP-ALLOWLIST\n    app: A\n    value: enforced\n    by: jane\n    date: 2026-02-30\n", "date:", "2026-02-30");
        yield return Case("an unknown rule id in an acceptance", "acceptances:\n  - rule: PKCE-REQUIRD\n    app: A\n    reason: r\n    owner: o\n    expires: 2027-01-01\n", "PKCE-REQUIRD", "PKCE-REQUIRD");
        yield return Case("an unknown rule id in an attestation", "attestations:\n  - rule: NO-SUCH-RULE\n    app: A\n    value: enforced\n    by: jane\n    date: 2026-10-01\n", "NO-SUCH-RULE", "NO-SUCH-RULE");
        yield return Case("thresholds for an unknown rule", "thresholds:\n  NO-SUCH-RULE: { maxMinutes: 5 }\n", "NO-SUCH-RULE", "NO-SUCH-RULE");
        yield return Case("a threshold name the rule does not have", "thresholds:\n  IDTOKEN-LIFETIME: { maxDays: 5 }\n", "maxDays", "maxDays");
        yield return Case("a threshold for a rule without thresholds", "thresholds:\n  PKCE-REQUIRED: { maxMinutes: 5 }\n", "maxMinutes", "none");
        yield return Case("a negative threshold", "thresholds:\n  IDTOKEN-LIFETIME: { maxMinutes: -1 }\n", "maxMinutes", "non-negative");
        yield return Case("a fact that is not true or false", "context:\n  apps:\n    A: { sensitiveData: yes }\n", "sensitiveData", "sensitiveData");
        yield return Case("invalid YAML", "thresholds:\n  IDTOKEN-LIFETIME: { maxMinutes: 5\n", "IDTOKEN-LIFETIME", "not valid YAML");
    }

    [TestCaseSource(nameof(InvalidConfigs))]
    public void An_invalid_config_file_is_a_definition_error_with_the_line(string yaml, string lineOf, string mentions)
    {
        var error = FluentActions.Invoking(() => Parse(yaml)).Should().Throw<DefinitionException>().Which;

        error.File.Should().Be("healthreview.yaml");
        error.Line.Should().BeGreaterThanOrEqualTo(RuleYaml.LineOf(yaml, lineOf), error.Message);
        error.Line.Should().BeLessThanOrEqualTo(yaml.Split('\n').Length, "the YAML parser may report the end of the text");
        error.Message.Should().StartWith($"healthreview.yaml:{error.Line}: ").And.Contain(mentions);
    }

    [Test]
    public void A_missing_config_file_is_a_definition_error()
    {
        FluentActions.Invoking(() => ScanConfigLoader.Load(Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.yaml"), BuiltInRules.Catalog))
            .Should().Throw<DefinitionException>().WithMessage("*no such config file*");
    }
}
