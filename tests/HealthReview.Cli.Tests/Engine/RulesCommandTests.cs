using HealthReview.Cli.Tests.Support;
using HealthReview.Engine.Rules;

namespace HealthReview.Cli.Tests.Engine;

/// <summary><c>healthreview rules list | show ID | validate DIR</c>.</summary>
public class RulesCommandTests
{
    [Test]
    public async Task Rules_list_shows_every_control_of_controls_md()
    {
        var run = await EngineCliRun.Of("rules", "list");

        run.ExitCode.Should().Be(0, run.ToString());
        foreach (var id in EngineControlIds.All)
        {
            run.Out.Should().Contain(id);
        }

        run.Out.Should().Contain("Catalogue: 22 rules");
    }

    [Test]
    public async Task Rules_show_prints_every_text_section_of_the_control()
    {
        var run = await EngineCliRun.Of("rules", "show", "PKCE-REQUIRED");
        var rule = RuleCatalogLoader.Load().Catalog!.Find("PKCE-REQUIRED")!;

        run.ExitCode.Should().Be(0, run.ToString());
        var sections = new (string Heading, string Text)[]
        {
            ("Control overview:", rule.Text.Overview),
            ("Security risk if not configured:", rule.Text.SecurityRisk),
            ("Threat scenarios:", rule.Text.ThreatScenarios),
            ("Risk impact considerations:", rule.Text.RiskImpact),
            ("Higher risk when:", rule.Text.HigherRiskWhen),
            ("Low risk when:", rule.Text.LowRiskWhen),
            ("Business and integration considerations:", rule.Text.BusinessConsiderations),
        };
        foreach (var (heading, text) in sections)
        {
            run.Out.Should().Contain(heading).And.Contain(text.Trim());
        }

        run.Out.Should().Contain(rule.Title).And.Contain(rule.Recommended.Trim()).And.Contain("Remediation:").And.Contain("References:");
        run.Out.Should().Contain("7.0–8.9").And.Contain("CVSS:3.1/");
        foreach (var reference in rule.References)
        {
            run.Out.Should().Contain(reference.Url);
        }
    }

    [Test]
    public async Task Rules_show_of_an_unknown_id_exits_2()
    {
        var run = await EngineCliRun.Of("rules", "show", "NO-SUCH-RULE");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("NO-SUCH-RULE");
    }

    [Test]
    public async Task Rules_validate_on_the_built_in_folder_exits_0()
    {
        var run = await EngineCliRun.Of("rules", "validate", EngineRepoPaths.RulesFolder);

        run.ExitCode.Should().Be(0, run.ToString());
        run.Out.Should().StartWith("22 rules valid:");
    }

    [Test]
    public async Task Rules_validate_on_a_folder_with_a_broken_file_exits_2_with_file_and_line_on_stderr()
    {
        using var folder = new TemporaryFolder();
        var good = File.ReadAllText(Path.Combine(EngineRepoPaths.RulesFolder, "DEVICE-FLOW-DISABLED.yaml"));
        var broken = File.ReadAllText(Path.Combine(EngineRepoPaths.RulesFolder, "SESSION-TIMEOUT.yaml")).Replace("  maxMinutes: 60", "  maxMinutes: 60\n  maxHours: 1\nseverity: high", StringComparison.Ordinal);
        folder.Write("DEVICE-FLOW-DISABLED.yaml", good);
        var brokenPath = folder.Write("SESSION-TIMEOUT.yaml", broken);
        var line = Array.IndexOf(broken.Split('\n'), "severity: high") + 1;

        var run = await EngineCliRun.Of("rules", "validate", folder.Path);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain($"{brokenPath.Replace('\\', '/')}:{line}:").And.Contain("severity");
        run.Error.Should().NotContain("   at ");
    }

    [Test]
    public async Task Rules_validate_on_a_file_with_an_unclosed_bracket_exits_2_without_a_stack_trace()
    {
        using var folder = new TemporaryFolder();
        folder.Write("BROKEN.yaml", "id: BROKEN\ntitle: [unclosed\n");

        var run = await EngineCliRun.Of("rules", "validate", folder.Path);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("BROKEN.yaml:").And.Contain("not valid YAML");
        run.Error.Should().NotContain("   at ");
    }
}
