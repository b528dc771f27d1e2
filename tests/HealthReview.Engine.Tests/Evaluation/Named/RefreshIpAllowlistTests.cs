using HealthReview.Engine.Config;
using HealthReview.Engine.Tests.Support;
using static HealthReview.Core.Results.FindingStatus;

namespace HealthReview.Engine.Tests.Evaluation.Named;

/// <summary>
/// REFRESH-IP-ALLOWLIST (controls.md): ECA only; the allowlist has no documented element, so an attestation or a
/// .ecaOauthSecurity file decides it; otherwise notEvaluated with a "check in Setup" reason; Connected Apps are
/// notApplicable.
/// </summary>
public class RefreshIpAllowlistTests
{
    private static ScanConfig Attested(string value, string app = "Payroll_Sync") => ScanConfigLoader.Parse($"""
        attestations:
          - rule: REFRESH-IP-ALLOWLIST
            app: {app}
            value: {value}
            by: jane.doe@example.com
            date: 2026-05-01
        """, "healthreview.yaml", BuiltInRules.Catalog);

    [Test]
    public void Without_an_attestation_it_is_notEvaluated_and_says_where_to_check_in_Setup()
    {
        using var export = new TestExport();
        export.Eca("Payroll_Sync");
        var finding = export.Scan().Finding("REFRESH-IP-ALLOWLIST", "Payroll_Sync");

        finding.Status.Should().Be(NotEvaluated);
        finding.Message.Should().Contain("check Setup").And.Contain("Enforce Refresh Token IP Allowlist").And.Contain("attestation");
        finding.Severity.Should().Be(Core.Cvss.CvssSeverity.None);
    }

    [TestCase("enforced", Pass)]
    [TestCase("compliant", Pass)]
    [TestCase("pass", Pass)]
    [TestCase("notEnforced", Fail)]
    [TestCase("nonCompliant", Fail)]
    [TestCase("fail", Fail)]
    public void An_attestation_decides_it_and_the_finding_says_who_attested_and_when(string value, Core.Results.FindingStatus expected)
    {
        using var export = new TestExport();
        export.Eca("Payroll_Sync");
        var finding = export.Scan(Attested(value)).Finding("REFRESH-IP-ALLOWLIST", "Payroll_Sync");

        finding.Status.Should().Be(expected);
        finding.Attestation.Should().NotBeNull();
        finding.Attestation!.By.Should().Be("jane.doe@example.com");
        finding.Attestation.Date.Should().Be(new DateOnly(2026, 5, 1));
        finding.Message.Should().Contain("jane.doe@example.com");
        finding.Reasons.Should().Contain(r => r.Contains("jane.doe@example.com", StringComparison.Ordinal) && r.Contains("2026-05-01", StringComparison.Ordinal));
    }

    [Test]
    public void An_attestation_for_another_app_does_not_decide_it()
    {
        using var export = new TestExport();
        export.Eca("Payroll_Sync");
        export.Eca("Other_App");

        export.Scan(Attested("enforced")).Finding("REFRESH-IP-ALLOWLIST", "Other_App").Status.Should().Be(NotEvaluated);
    }

    [Test]
    public void An_attestation_for_every_app_decides_it_everywhere()
    {
        using var export = new TestExport();
        export.Eca("Payroll_Sync");
        export.Eca("Other_App");
        var outcome = export.Scan(Attested("enforced", "\"*\""));

        outcome.Finding("REFRESH-IP-ALLOWLIST", "Payroll_Sync").Status.Should().Be(Pass);
        outcome.Finding("REFRESH-IP-ALLOWLIST", "Other_App").Status.Should().Be(Pass);
    }

    [TestCase("true", Pass)]
    [TestCase("false", Fail)]
    public void A_security_settings_file_that_states_the_allowlist_decides_it_and_says_to_confirm_in_Setup(string enforced, Core.Results.FindingStatus expected)
    {
        using var export = new TestExport();
        export.Eca("Payroll_Sync").Security("isRefreshTokenIpAllowlistEnforced", enforced);
        var finding = export.Scan().Finding("REFRESH-IP-ALLOWLIST", "Payroll_Sync");

        finding.Status.Should().Be(expected);
        finding.Location!.Path.Should().EndWith(".ecaOauthSecurity-meta.xml");
        finding.Message.Should().Contain("confirm in Setup");
    }

    [Test]
    public void A_security_settings_file_without_a_recognisable_element_leaves_it_notEvaluated()
    {
        using var export = new TestExport();
        export.Eca("Payroll_Sync").Security("someFutureSetting", "true");
        var finding = export.Scan().Finding("REFRESH-IP-ALLOWLIST", "Payroll_Sync");

        finding.Status.Should().Be(NotEvaluated);
        finding.Message.Should().Contain("check Setup");
    }

    [Test]
    public void A_Connected_App_is_notApplicable()
    {
        using var export = new TestExport();
        export.ConnectedApp("Payroll_Sync");
        var finding = export.Scan(Attested("notEnforced")).Finding("REFRESH-IP-ALLOWLIST", "Payroll_Sync");

        finding.Status.Should().Be(NotApplicable);
        finding.Attestation.Should().BeNull();
    }
}
