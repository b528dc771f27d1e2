using System.Text.Json;
using HealthReview.Cli.Tests.Support;

namespace HealthReview.Cli.Tests.Engine;

/// <summary><c>--baseline</c>, <c>report --from</c> and <c>schema</c> (contracts.md).</summary>
public class ReportAndBaselineTests
{
    [Test]
    public async Task With_an_earlier_results_json_as_baseline_open_findings_carry_their_baseline_state()
    {
        using var folder = new TemporaryFolder();
        var first = await EngineCliRun.Of("scan", EngineRepoPaths.AcmeSample, "--format", "json", "--output", folder.Combine("first"), "--now", "2026-05-01T00:00:00Z", "--fail-on", "none");
        first.ExitCode.Should().Be(0, first.ToString());

        var second = await EngineCliRun.Of("scan", EngineRepoPaths.AcmeSample, "--format", "json", "--output", folder.Combine("second"), "--now", EngineCliRun.Now, "--fail-on", "none", "--baseline", folder.Combine("first/results.json"));

        second.ExitCode.Should().Be(0, second.ToString());
        using var document = JsonDocument.Parse(File.ReadAllBytes(folder.Combine("second/results.json")));
        var findings = document.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var open = findings.Where(f => f.GetProperty("status").GetString() is "fail" or "waived").ToList();
        open.Should().NotBeEmpty().And.OnlyContain(f => f.GetProperty("baseline").GetString() == "unchanged", "nothing changed between the two scans");
        findings.Where(f => f.GetProperty("status").GetString() == "pass").Select(BaselineOf)
            .Should().OnlyContain(state => state == null, "passing findings carry no baseline state");
        document.RootElement.GetProperty("resolved").GetArrayLength().Should().Be(0);
    }

    [Test]
    public async Task A_baseline_that_is_not_a_results_file_exits_2()
    {
        using var folder = new TemporaryFolder();
        var bogus = folder.Write("bogus.json", "{ \"hello\": 1 }");

        var run = await EngineCliRun.Of("scan", EngineRepoPaths.AcmeSample, "--format", "json", "--output", folder.Combine("out"), "--now", EngineCliRun.Now, "--baseline", bogus);

        run.ExitCode.Should().Be(2, run.ToString());
    }

    [Test]
    public async Task Report_from_results_json_in_json_rewrites_a_byte_identical_file()
    {
        using var folder = new TemporaryFolder();
        var scan = await EngineCliRun.Of("scan", EngineRepoPaths.AcmeSample, "--format", "json", "--output", folder.Combine("scan"), "--now", EngineCliRun.Now);
        scan.ExitCode.Should().Be(1, "the sample fails the default gate");

        var report = await EngineCliRun.Of("report", "--from", folder.Combine("scan/results.json"), "--format", "json", "--output", folder.Combine("report"));

        report.ExitCode.Should().Be(0, report.ToString());
        File.ReadAllBytes(folder.Combine("report/results.json")).Should().Equal(File.ReadAllBytes(folder.Combine("scan/results.json")));
    }

    [Test]
    public async Task Report_quiet_prints_nothing_and_still_writes_the_files()
    {
        using var folder = new TemporaryFolder();
        await EngineCliRun.Of("scan", EngineRepoPaths.AcmeSample, "--format", "json", "--output", folder.Combine("scan"), "--now", EngineCliRun.Now);

        var loud = await EngineCliRun.Of("report", "--from", folder.Combine("scan/results.json"), "--format", "console,csv", "--output", folder.Combine("loud"));
        var quiet = await EngineCliRun.Of("report", "--from", folder.Combine("scan/results.json"), "--format", "console,csv", "--output", folder.Combine("quiet"), "--quiet");

        loud.Out.Should().Contain("Wrote");
        quiet.ExitCode.Should().Be(0, quiet.ToString());
        quiet.Out.Should().BeEmpty();
        File.ReadAllBytes(folder.Combine("quiet/findings.csv")).Should().Equal(File.ReadAllBytes(folder.Combine("loud/findings.csv")));
    }

    [Test]
    public async Task Schema_prints_a_valid_JSON_schema_for_results_json()
    {
        var run = await EngineCliRun.Of("schema");

        run.ExitCode.Should().Be(0, run.ToString());
        using var schema = JsonDocument.Parse(run.Out);
        schema.RootElement.ValueKind.Should().Be(JsonValueKind.Object);
        schema.RootElement.TryGetProperty("$schema", out _).Should().BeTrue();
        var properties = schema.RootElement.GetProperty("properties");
        foreach (var name in new[] { "schemaVersion", "tool", "generatedAt", "summary", "inputs", "apps", "findings" })
        {
            properties.TryGetProperty(name, out _).Should().BeTrue(name);
        }
    }

    private static string? BaselineOf(JsonElement finding) =>
        finding.TryGetProperty("baseline", out var state) && state.ValueKind == JsonValueKind.String ? state.GetString() : null;
}
