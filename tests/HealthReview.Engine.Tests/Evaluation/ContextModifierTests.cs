using HealthReview.Core.Cvss;
using HealthReview.Core.Results;
using HealthReview.Engine.Config;
using HealthReview.Engine.Rules;
using HealthReview.Engine.Tests.Support;
using static HealthReview.Core.Results.FindingStatus;

namespace HealthReview.Engine.Tests.Evaluation;

/// <summary>
/// "Higher Risk When" / "Low Risk When" as CVSS environmental metrics (controls.md "Risk"): the score is the
/// environmental score of the vector with the applied modifiers, kept inside the declared range, and every applied
/// modifier is in the reasons and in <see cref="Finding.Modifiers"/>.
/// </summary>
public class ContextModifierTests
{
    [Test]
    public void A_higher_risk_modifier_raises_the_score_and_is_listed()
    {
        using var export = new TestExport();
        export.ConnectedApp("Confidential").OauthConfig("isPkceRequired", "false");
        export.ConnectedApp("Public_Client").OauthConfig("isPkceRequired", "false").OauthConfig("isConsumerSecretOptional", "true");
        var outcome = export.Scan();

        var plain = outcome.Finding("PKCE-REQUIRED", "Confidential");
        var publicClient = outcome.Finding("PKCE-REQUIRED", "Public_Client");
        var modifier = BuiltInRules.Rule("PKCE-REQUIRED").Modifiers.Single(m => m.Id == "public-client");

        plain.Modifiers.Should().BeEmpty();
        plain.Cvss!.Score.Should().Be(plain.Cvss.BaseScore);
        publicClient.Cvss!.Score.Should().BeGreaterThan(plain.Cvss.Score);
        publicClient.Modifiers.Should().ContainSingle(m => m.Id == "public-client" && m.Effect == "higher");
        publicClient.Reasons.Should().Contain(r => r.Contains(modifier.Reason, StringComparison.Ordinal) && r.StartsWith("Risk higher", StringComparison.Ordinal));
        publicClient.Cvss.ContextualVector.Should().Contain("MAC:L");
        publicClient.Cvss.Score.Should().Be(ExpectedScore(publicClient.Cvss));
    }

    [Test]
    public void A_lower_risk_modifier_lowers_the_score_and_is_listed()
    {
        using var export = new TestExport();
        export.ConnectedApp("Refresh_Only").OauthPolicy("ipRelaxation", "ENFORCE_RELAXREFRESH");
        var finding = export.Scan().Finding("IP-RELAXATION", "Refresh_Only");

        finding.Cvss!.Score.Should().BeLessThan(finding.Cvss.BaseScore);
        finding.Modifiers.Should().ContainSingle(m => m.Effect == "lower");
        finding.Reasons.Should().Contain(r => r.StartsWith("Risk lower", StringComparison.Ordinal));
    }

    [Test]
    public void A_context_fact_from_the_config_file_applies_its_modifier()
    {
        using var export = new TestExport();
        export.Eca("Payroll_Sync").Global("isPkceRequired", "false");
        export.Eca("Marketing_Sync").Global("isPkceRequired", "false");
        var config = ScanConfigLoader.Parse("context:\n  apps:\n    Payroll_Sync: { sensitiveData: true }\n", "healthreview.yaml", BuiltInRules.Catalog);
        var outcome = export.Scan(config);

        var sensitive = outcome.Finding("PKCE-REQUIRED", "Payroll_Sync");
        var ordinary = outcome.Finding("PKCE-REQUIRED", "Marketing_Sync");
        sensitive.Modifiers.Should().ContainSingle(m => m.Id == "sensitive-data");
        sensitive.Cvss!.ContextualVector.Should().Contain("CR:H");
        sensitive.Cvss.Score.Should().BeGreaterThan(ordinary.Cvss!.Score);
        ordinary.Modifiers.Should().BeEmpty();
    }

    [Test]
    public void An_org_wide_fact_applies_to_every_app()
    {
        using var export = new TestExport();
        export.Eca("First").Global("isPkceRequired", "false");
        export.ConnectedApp("Second").OauthConfig("isPkceRequired", "false");
        var config = ScanConfigLoader.Parse("context:\n  org: { sensitiveData: true }\n", "healthreview.yaml", BuiltInRules.Catalog);
        var outcome = export.Scan(config);

        outcome.Finding("PKCE-REQUIRED", "First").Modifiers.Should().Contain(m => m.Id == "sensitive-data");
        outcome.Finding("PKCE-REQUIRED", "Second").Modifiers.Should().Contain(m => m.Id == "sensitive-data");
    }

    [Test]
    public void Modifiers_apply_only_to_failures()
    {
        using var export = new TestExport();
        export.Eca("Payroll_Sync");
        var config = ScanConfigLoader.Parse("context:\n  apps:\n    Payroll_Sync: { sensitiveData: true }\n", "healthreview.yaml", BuiltInRules.Catalog);
        var finding = export.Scan(config).Finding("PKCE-REQUIRED", "Payroll_Sync");

        finding.Status.Should().Be(Pass);
        finding.Modifiers.Should().BeEmpty();
    }

    [Test]
    public void A_score_above_the_declared_range_is_clamped_to_its_maximum_and_the_reason_says_so()
    {
        // Base 7.4 (AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N) in a narrow 7.0–7.5 range; CR:H/IR:H pushes the environmental score above 7.5.
        var rule = NarrowRule("CLAMP-HIGH", "higher", "{ CR: H, IR: H }");
        var finding = ScanWith(rule);
        var environmental = Environmental(rule, finding);

        environmental.Should().BeGreaterThan(7.5);
        finding.Cvss!.Score.Should().Be(7.5);
        finding.Reasons.Should().Contain(r => r.Contains("kept inside the control's range 7.0–7.5", StringComparison.Ordinal));
    }

    [Test]
    public void A_score_below_the_declared_range_is_clamped_to_its_minimum()
    {
        var rule = NarrowRule("CLAMP-LOW", "lower", "{ MC: L, MI: L }");
        var finding = ScanWith(rule);
        var environmental = Environmental(rule, finding);

        environmental.Should().BeLessThan(7.0);
        finding.Cvss!.Score.Should().Be(7.0);
        finding.Severity.Should().Be(CvssSeverity.High);
    }

    private static double ExpectedScore(FindingCvss cvss) =>
        cvss.Range.Clamp(CvssV3Vector.Parse(cvss.ContextualVector).EnvironmentalScore.Value);

    private static double Environmental(RuleDefinition rule, Finding finding)
    {
        var metrics = finding.Modifiers.SelectMany(m => m.Metrics).ToDictionary(m => m.Key, m => m.Value);
        metrics.Should().NotBeEmpty();
        return rule.Risk[Core.Model.AppKind.ConnectedApp].Vector.WithMetrics(metrics).EnvironmentalScore.Value;
    }

    private static Finding ScanWith(RuleDefinition rule)
    {
        using var export = new TestExport();
        export.ConnectedApp("Clamped").OauthConfig("isPkceRequired", "false");
        var catalog = new RuleCatalog(BuiltInRules.Catalog.Rules.Append(rule));
        return export.Scan(catalog: catalog).Finding(rule.Id, "Clamped");
    }

    private static RuleDefinition NarrowRule(string id, string effect, string metrics) => RuleFileParser.Parse(
        $$"""
        id: {{id}}
        title: PKCE is required (narrow range)
        appliesTo: [ConnectedApp]
        recommended: Require PKCE.
        text:
          overview: o
          securityRisk: s
          threatScenarios: t
          riskImpact: r
          higherRiskWhen: h
          lowRiskWhen: l
          businessConsiderations: b
        remediation:
          setup:
            ConnectedApp: Setup.
        risk:
          source: ours
          range:
            ConnectedApp: { min: 7.0, max: 7.5 }
          vector:
            ConnectedApp: CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N
        check:
          field: pkceRequired
          equals: true
        modifiers:
          - id: always
            effect: {{effect}}
            when: { field: pkceRequired, equals: false }
            metrics: {{metrics}}
            reason: Always applies in this test.
        """,
        $"test:{id}.yaml");
}
