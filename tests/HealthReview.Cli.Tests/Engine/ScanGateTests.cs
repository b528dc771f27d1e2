using System.Text.Json;
using System.Xml.Linq;
using HealthReview.Cli.Tests.Support;

namespace HealthReview.Cli.Tests.Engine;

/// <summary>
/// <c>healthreview scan</c> on the Acme sample with --fail-on and --min-score (contracts.md, "Exit codes"): the gate
/// changes the exit code only, never what is reported.
/// </summary>
public class ScanGateTests
{
    [Test]
    public async Task With_fail_on_none_the_scan_exits_0()
    {
        using var output = new TemporaryFolder();
        var run = await Scan(output, "--fail-on", "none");

        run.ExitCode.Should().Be(0, run.ToString());
        File.Exists(output.Combine("results.json")).Should().BeTrue();
    }

    [Test]
    public async Task By_default_the_gate_is_high_and_the_console_names_the_findings_that_failed_it()
    {
        using var output = new TemporaryFolder();
        var run = await ScanWithFormats(output, "json,console");

        run.ExitCode.Should().Be(1, run.ToString());
        run.Out.Should().Contain("Gate failed (--fail-on high)");
        foreach (var app in AppsWithTheFullScope())
        {
            // controls.md: the Full scope is Critical (9.0–10.0), so it is at or above high.
            run.Out.Should().MatchRegex($@"SCOPE-LEAST-PRIVILEGE on {app} \((ExternalClientApp|ConnectedApp)\): critical \d+\.\d");
        }
    }

    [Test]
    public async Task Fail_on_critical_exits_1_because_the_sample_grants_the_Full_scope()
    {
        AppsWithTheFullScope().Should().NotBeEmpty("the sample is meant to contain Full-scope apps");
        using var output = new TemporaryFolder();
        var run = await Scan(output, "--fail-on", "critical");

        run.ExitCode.Should().Be(1, run.ToString());
        var gate = Results(output).GetProperty("summary").GetProperty("gate");
        gate.GetProperty("failOn").GetString().Should().Be("critical");
        gate.GetProperty("passed").GetBoolean().Should().BeFalse();
        gate.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).Should().OnlyContain(r => r!.Contains(": critical ", StringComparison.Ordinal));
    }

    [Test]
    public async Task A_min_score_of_100_exits_1_and_a_min_score_of_0_with_fail_on_none_exits_0()
    {
        using var strict = new TemporaryFolder();
        using var lenient = new TemporaryFolder();

        var failing = await Scan(strict, "--fail-on", "none", "--min-score", "100");
        var passing = await Scan(lenient, "--fail-on", "none", "--min-score", "0");

        failing.ExitCode.Should().Be(1, failing.ToString());
        Results(strict).GetProperty("summary").GetProperty("gate").GetProperty("reasons").EnumerateArray()
            .Should().ContainSingle().Which.GetString().Should().Contain("below --min-score 100");
        passing.ExitCode.Should().Be(0, passing.ToString());
    }

    [Test]
    public async Task The_gate_never_changes_the_findings_in_results_json()
    {
        var findings = new List<string>();
        foreach (var level in new[] { "none", "low", "medium", "high", "critical" })
        {
            using var output = new TemporaryFolder();
            await Scan(output, "--fail-on", level);
            findings.Add(Results(output).GetProperty("findings").GetRawText());
        }

        findings.Distinct().Should().ContainSingle();
    }

    [Test]
    public async Task An_invalid_config_file_exits_2_with_the_file_and_line()
    {
        using var folder = new TemporaryFolder();
        var config = folder.Write("healthreview.yaml", "acceptances:\n  - rule: PKCE-REQUIRED\n    app: Partner_Portal\n    owner: secops@example.com\n    expires: 2027-03-31\n");

        var run = await Scan(folder, "--config", config);

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("invalid config file").And.Contain($"{config.Replace('\\', '/')}:2:").And.Contain("reason");
        run.Error.Should().NotContain("   at ", "a user error is one line, not a stack trace");
    }

    [Test]
    public async Task An_invalid_rules_folder_exits_2_with_the_file_and_line()
    {
        using var folder = new TemporaryFolder();
        var rule = File.ReadAllText(Path.Combine(EngineRepoPaths.RulesFolder, "PKCE-REQUIRED.yaml")).Replace("field: pkceRequired", "field: pkceRequird", StringComparison.Ordinal);
        folder.Write("rules/PKCE-REQUIRED.yaml", rule);
        var line = Array.FindIndex(rule.Split('\n'), l => l.Contains("pkceRequird", StringComparison.Ordinal)) + 1;

        var run = await Scan(folder, "--rules", folder.Combine("rules"));

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain($"PKCE-REQUIRED.yaml:{line}:").And.Contain("pkceRequird");
    }

    [Test]
    public async Task A_rules_folder_that_does_not_exist_exits_2()
    {
        using var folder = new TemporaryFolder();
        var run = await Scan(folder, "--rules", folder.Combine("no-such-rules"));

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("no such folder");
    }

    [Test]
    public async Task A_rules_folder_replaces_a_built_in_rule_in_the_scan()
    {
        using var folder = new TemporaryFolder();
        var rule = File.ReadAllText(Path.Combine(EngineRepoPaths.RulesFolder, "PKCE-REQUIRED.yaml")).Replace("title: PKCE is required", "title: PKCE is required (Acme policy)", StringComparison.Ordinal);
        folder.Write("rules/PKCE-REQUIRED.yaml", rule);

        var run = await Scan(folder, "--fail-on", "none", "--rules", folder.Combine("rules"));

        run.ExitCode.Should().Be(0, run.ToString());
        var rules = Results(folder).GetProperty("rules").EnumerateArray().ToList();
        rules.Should().HaveCount(EngineControlIds.All.Count);
        rules.Single(r => r.GetProperty("id").GetString() == "PKCE-REQUIRED").GetProperty("title").GetString().Should().Be("PKCE is required (Acme policy)");
    }

    [Test]
    public async Task A_consumer_secret_in_the_export_fails_and_never_appears_in_results_json()
    {
        const string Secret = "Zq8TOPSECRETvalueFORtheCLItest1234";
        using var folder = new TemporaryFolder();
        folder.Write("export/force-app/main/default/connectedApps/Leaky.connectedApp-meta.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
                <contactEmail>owner@example.com</contactEmail>
                <label>Leaky</label>
                <oauthConfig>
                    <callbackUrl>https://app.example.com/cb</callbackUrl>
                    <consumerKey>3MVG9FAKEKEY</consumerKey>
                    <consumerSecret>{Secret}</consumerSecret>
                    <isAdminApproved>true</isAdminApproved>
                    <scopes>Api</scopes>
                </oauthConfig>
            </ConnectedApp>
            """);

        var run = await EngineCliRun.Of("scan", folder.Combine("export"), "--format", "json,console", "--output", folder.Combine("out"), "--now", EngineCliRun.Now, "--fail-on", "none");

        run.ExitCode.Should().Be(0, run.ToString());
        var results = File.ReadAllText(folder.Combine("out/results.json"));
        results.Should().NotContain(Secret);
        run.Out.Should().NotContain(Secret);
        var finding = JsonDocument.Parse(results).RootElement.GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("ruleId").GetString() == "SECRET-IN-EXPORT" && f.GetProperty("app").GetString() == "Leaky");
        finding.GetProperty("status").GetString().Should().Be("fail");
    }

    private static Task<EngineCliRun> Scan(TemporaryFolder output, params string[] options) => ScanWithFormats(output, "json", options);

    private static Task<EngineCliRun> ScanWithFormats(TemporaryFolder output, string formats, params string[] options) =>
        EngineCliRun.Of(["scan", EngineRepoPaths.AcmeSample, "--format", formats, "--output", output.Path, "--now", EngineCliRun.Now, .. options]);

    private static JsonElement Results(TemporaryFolder output)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(output.Combine("results.json")));
        return document.RootElement.Clone();
    }

    /// <summary>The sample's apps that grant the Full scope, read from its XML (ECA commaSeparatedOauthScopes, CA scopes).</summary>
    private static List<string> AppsWithTheFullScope()
    {
        XNamespace md = "http://soap.sforce.com/2006/04/metadata";
        var apps = new List<string>();
        foreach (var file in Directory.EnumerateFiles(EngineRepoPaths.AcmeSample, "*-meta.xml", SearchOption.AllDirectories))
        {
            var root = XDocument.Load(file).Root!;
            if (file.EndsWith(".ecaOauth-meta.xml", StringComparison.Ordinal)
                && (root.Element(md + "commaSeparatedOauthScopes")?.Value ?? string.Empty).Split(',').Any(s => s.Trim() == "Full"))
            {
                apps.Add(root.Element(md + "externalClientApplication")!.Value);
            }
            else if (file.EndsWith(".connectedApp-meta.xml", StringComparison.Ordinal)
                && root.Element(md + "oauthConfig")?.Elements(md + "scopes").Any(s => s.Value == "Full") == true)
            {
                apps.Add(Path.GetFileName(file)[..^".connectedApp-meta.xml".Length]);
            }
        }

        return apps;
    }
}
