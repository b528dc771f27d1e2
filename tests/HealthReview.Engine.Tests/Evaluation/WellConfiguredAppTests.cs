using HealthReview.Core.Model;
using HealthReview.Engine.Tests.Support;
using static HealthReview.Core.Results.FindingStatus;

namespace HealthReview.Engine.Tests.Evaluation;

/// <summary>Every (app, control) pair gets exactly one status, and an app configured as controls.md recommends passes.</summary>
public class WellConfiguredAppTests
{
    [Test]
    public void Every_app_gets_exactly_one_finding_per_control_and_the_org_one_for_secrets()
    {
        using var export = new TestExport();
        export.Eca("Good_Eca");
        export.ConnectedApp("Good_Ca");
        var outcome = export.Scan();

        foreach (var app in new[] { "Good_Eca", "Good_Ca" })
        {
            outcome.Findings.Where(f => f.App == app).Select(f => f.RuleId).Should().BeEquivalentTo(ControlIds.All);
        }

        outcome.Findings.Where(f => f.AppKind == AppKind.Org).Select(f => f.RuleId).Should().Equal("SECRET-IN-EXPORT");
    }

    [Test]
    public void A_well_configured_External_Client_App_passes_everything_the_export_can_show()
    {
        using var export = new TestExport();
        export.Eca("Good_Eca");
        var findings = export.Scan().Findings.Where(f => f.App == "Good_Eca").ToList();

        findings.Where(f => f.Status is not (Pass or NotApplicable)).Select(f => (f.RuleId, f.Status))
            .Should().Equal([("REFRESH-IP-ALLOWLIST", NotEvaluated)], "the refresh-token IP allowlist has no documented metadata element");
        findings.Where(f => f.Status == NotApplicable).Select(f => f.RuleId)
            .Should().BeEquivalentTo(["TOKEN-EXCHANGE-SECRET", "CODE-CREDENTIALS-POST-ONLY", "JWT-ACCESS-TOKEN-TIMEOUT"], "those flows are off");
    }

    [Test]
    public void A_well_configured_Connected_App_passes_everything_the_export_can_show()
    {
        using var export = new TestExport();
        export.ConnectedApp("Good_Ca");
        var findings = export.Scan().Findings.Where(f => f.App == "Good_Ca").ToList();

        findings.Where(f => f.Status is not (Pass or NotApplicable)).Select(f => (f.RuleId, f.Status))
            .Should().Equal([("DEVICE-FLOW-DISABLED", NotEvaluated)], "Connected App metadata has no device-flow element");
        findings.Where(f => f.Status == NotApplicable).Select(f => f.RuleId)
            .Should().BeEquivalentTo(["TOKEN-EXCHANGE-SECRET", "CODE-CREDENTIALS-POST-ONLY", "JWT-ACCESS-TOKEN-TIMEOUT", "REFRESH-IP-ALLOWLIST"]);
    }

    [Test]
    public void Passing_findings_carry_no_severity_and_failing_ones_the_CVSS_word_for_their_score()
    {
        using var export = new TestExport();
        export.ConnectedApp("Mixed").OauthConfig("isPkceRequired", "false").Scopes("Full");
        var findings = export.Scan().Findings.Where(f => f.App == "Mixed").ToList();

        findings.Where(f => f.Status != Fail).Should().OnlyContain(f => f.Severity == Core.Cvss.CvssSeverity.None);
        foreach (var failed in findings.Where(f => f.Status == Fail))
        {
            // CVSS qualitative scale: Low 0.1–3.9, Medium 4.0–6.9, High 7.0–8.9, Critical 9.0–10.0.
            var expected = failed.Cvss!.Score switch
            {
                >= 9.0 => Core.Cvss.CvssSeverity.Critical,
                >= 7.0 => Core.Cvss.CvssSeverity.High,
                >= 4.0 => Core.Cvss.CvssSeverity.Medium,
                _ => Core.Cvss.CvssSeverity.Low,
            };
            failed.Severity.Should().Be(expected, failed.RuleId);
        }

        findings.Single(f => f.RuleId == "SCOPE-LEAST-PRIVILEGE").Severity.Should().Be(Core.Cvss.CvssSeverity.Critical, "controls.md rates a Full scope Critical 9.0–10.0");
    }
}
