using HealthReview.Core.Results;
using HealthReview.Engine.Baseline;
using HealthReview.Engine.Config;
using HealthReview.Engine.Tests.Support;
using static HealthReview.Core.Results.FindingStatus;

namespace HealthReview.Engine.Tests.Baseline;

/// <summary>
/// --baseline (contracts.md): findings are marked new or unchanged against an earlier scan, resolved ones are listed,
/// and the score change is given. A finding is the same finding when rule, app kind and app name are.
/// </summary>
public class BaselineComparerTests
{
    [Test]
    public void Open_findings_are_new_or_unchanged_and_fixed_ones_are_listed_as_resolved_with_the_score_change()
    {
        using var export = new TestExport();
        var app = export.Eca("Portal").Global("isPkceRequired", "false").Global("isDeviceFlowEnabled", "true");
        var previous = export.Scan(now: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)).Result;

        app.Global("isPkceRequired", "true").Global("isIntrospectAllTokens", "true");
        var current = export.Scan().Result;

        var compared = BaselineComparer.Compare(current, previous, "previous/results.json");

        Baseline(compared, "DEVICE-FLOW-DISABLED").Should().Be(BaselineState.Unchanged);
        Baseline(compared, "INTROSPECT-ALL-DISABLED").Should().Be(BaselineState.New);
        Baseline(compared, "PKCE-REQUIRED").Should().BeNull("passing findings carry no baseline state");
        var resolved = compared.Baseline!.Resolved.Should().ContainSingle().Which;
        resolved.RuleId.Should().Be("PKCE-REQUIRED");
        resolved.App.Should().Be("Portal");
        resolved.NowStatus.Should().Be(Pass);
        compared.Baseline.Source.Should().Be("previous/results.json");
        compared.Baseline.PreviousGeneratedAt.Should().Be("2026-01-01T00:00:00Z");
        compared.Baseline.PreviousScore.Should().Be(previous.Summary!.Org.Score);
        compared.Baseline.ScoreChange.Should().Be(Math.Round(current.Summary!.Org.Score!.Value - previous.Summary.Org.Score!.Value, 1));
    }

    [Test]
    public void Renaming_and_moving_the_files_of_an_app_changes_nothing()
    {
        using var export = new TestExport();
        var app = export.Eca("Portal").Global("isPkceRequired", "false").Policy("ipRelaxationPolicyType", "Bypass");
        export.ConnectedApp("Legacy").Scopes("Full");
        var previous = export.Scan().Result;

        export.PackageDirectory = "packages/integrations/main/default";
        app.FileName(EcaFile.GlobalOauth, "portalGlobalSettings").FileName(EcaFile.OauthPolicies, "portalPolicies").FileName(EcaFile.OauthSettings, "portalSettings");
        var current = export.Scan().Result;

        current.Snapshot.Inputs.Should().OnlyContain(i => i.Path.StartsWith("packages/", StringComparison.Ordinal));
        var compared = BaselineComparer.Compare(current, previous, "previous/results.json");

        compared.Findings.Where(f => f.Status == Fail).Should().NotBeEmpty().And.OnlyContain(f => f.Baseline == BaselineState.Unchanged);
        compared.Baseline!.Resolved.Should().BeEmpty();
        compared.Baseline.ScoreChange.Should().Be(0.0);
    }

    [Test]
    public void A_finding_that_becomes_waived_stays_tracked_and_is_not_resolved()
    {
        using var export = new TestExport();
        export.Eca("Kiosk").Global("isDeviceFlowEnabled", "true");
        var previous = export.Scan().Result;
        var config = ScanConfigLoader.Parse("""
            acceptances:
              - rule: DEVICE-FLOW-DISABLED
                app: Kiosk
                reason: Kiosk devices without a browser
                owner: secops@example.com
                expires: 2027-03-31
            """, "healthreview.yaml", BuiltInRules.Catalog);
        var current = export.Scan(config).Result;

        var compared = BaselineComparer.Compare(current, previous, "previous/results.json");

        compared.Findings.Single(f => f.RuleId == "DEVICE-FLOW-DISABLED").Should().Match<Finding>(f => f.Status == Waived && f.Baseline == BaselineState.Unchanged);
        compared.Baseline!.Resolved.Should().BeEmpty();
    }

    [Test]
    public void An_app_that_disappears_has_its_open_findings_resolved()
    {
        using var previousExport = new TestExport();
        previousExport.ConnectedApp("Retired").Scopes("Full");
        previousExport.Eca("Staying");
        var previous = previousExport.Scan().Result;

        using var currentExport = new TestExport();
        currentExport.Eca("Staying");
        var current = currentExport.Scan().Result;

        var compared = BaselineComparer.Compare(current, previous, "previous/results.json");

        compared.Baseline!.Resolved.Should().ContainSingle(r => r.RuleId == "SCOPE-LEAST-PRIVILEGE" && r.App == "Retired" && r.Severity == Core.Cvss.CvssSeverity.Critical);
    }

    [Test]
    public void Comparing_never_changes_a_status_or_a_score()
    {
        using var export = new TestExport();
        export.Eca("Portal").Global("isPkceRequired", "false");
        var result = export.Scan().Result;

        var compared = BaselineComparer.Compare(result, result, "same.json");

        compared.Findings.Select(f => (f.RuleId, f.App, f.Status, f.Cvss!.Score)).Should().Equal(result.Findings.Select(f => (f.RuleId, f.App, f.Status, f.Cvss!.Score)));
        compared.Summary.Should().Be(result.Summary);
    }

    private static BaselineState? Baseline(ScanResult result, string ruleId) => result.Findings.Single(f => f.RuleId == ruleId && f.App == "Portal").Baseline;
}
