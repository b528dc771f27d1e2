using System.Security.Cryptography;
using System.Text.Json;
using HealthReview.Cli.Tests.Support;

namespace HealthReview.Cli.Tests;

/// <summary><c>healthreview scan</c> on the Acme sample writes the results.json of the contract.</summary>
public class ScanResultsTests
{
    private TemporaryFolder temp = null!;

    [SetUp]
    public void CreateFolder() => temp = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => temp.Dispose();

    [Test]
    public async Task Scanning_the_sample_exits_0_and_writes_results_json_with_the_contract_header()
    {
        var run = await ScanSample();

        run.ExitCode.Should().Be(0, run.AllOutput);
        run.Error.Should().BeEmpty();
        var results = ResultsFile.Read(temp.Combine("out"));
        results.GetProperty("schemaVersion").GetString().Should().Be("1.0");
        results.GetProperty("tool").GetProperty("name").GetString().Should().Be("healthreview");
        results.GetProperty("tool").GetProperty("version").GetString().Should().NotBeNullOrWhiteSpace();
        results.GetProperty("tool").TryGetProperty("rulesVersion", out _).Should().BeTrue();
        results.GetProperty("generatedAt").GetString().Should().Be("2026-01-01T00:00:00Z");
        results.GetProperty("findings").ValueKind.Should().Be(JsonValueKind.Array);
        var findings = results.GetProperty("findings").EnumerateArray().ToList();
        findings.Should().NotBeEmpty();
        findings.Select(f => (f.GetProperty("app").GetString(), f.GetProperty("appKind").GetString(), f.GetProperty("ruleId").GetString()))
            .Should().OnlyHaveUniqueItems("there is exactly one finding per (app, control)");
    }

    [Test]
    public async Task The_results_list_the_seven_apps_with_their_kinds_and_files()
    {
        await ScanSample();

        var apps = ResultsFile.Read(temp.Combine("out")).GetProperty("apps").EnumerateArray().ToList();

        apps.Select(a => (a.GetProperty("name").GetString(), a.GetProperty("kind").GetString())).Should().Equal(
            ("Acme_CI_Deploy", "ConnectedApp"),
            ("Acme_Customer_Portal", "ExternalClientApp"),
            ("Acme_Data_Sync", "ExternalClientApp"),
            ("Acme_Mobile_App", "ConnectedApp"),
            ("Field_Service_Mobile", "ExternalClientApp"),
            ("Partner_Portal", "ExternalClientApp"),
            ("Postman_Legacy", "ConnectedApp"));
        var partner = apps.Single(a => a.GetProperty("name").GetString() == "Partner_Portal");
        partner.GetProperty("files").EnumerateArray().Select(f => f.GetString()).Should().Equal(
            "force-app/main/default/externalClientApps/Partner_Portal.eca-meta.xml",
            "force-app/main/default/extlClntAppGlobalOauthSets/partnerPortalGlobal.ecaGlblOauth-meta.xml",
            "force-app/main/default/extlClntAppOauthPolicies/partnerPortalPolicies.ecaOauthPlcy-meta.xml",
            "force-app/main/default/extlClntAppOauthSettings/partnerPortalSettings.ecaOauth-meta.xml",
            "force-app/main/default/extlClntAppPolicies/partnerPortalPlugins.ecaPlcy-meta.xml");
    }

    [Test]
    public async Task Every_input_has_a_path_relative_to_the_scanned_folder_and_the_sha256_of_its_bytes()
    {
        await ScanSample();
        var root = RepositoryRoot.Combine("samples/acme-org");

        var inputs = ResultsFile.Read(temp.Combine("out")).GetProperty("inputs").EnumerateArray().ToList();

        inputs.Should().HaveCount(24);
        foreach (var input in inputs)
        {
            var path = input.GetProperty("path").GetString()!;
            path.Should().NotStartWith("/").And.NotContain(RepositoryRoot.Path).And.NotContain("\\");
            var bytes = File.ReadAllBytes(Path.Combine([root, .. path.Split('/')]));
            input.GetProperty("sha256").GetString().Should().MatchRegex("^[0-9a-f]{64}$")
                .And.Be(Convert.ToHexStringLower(SHA256.HashData(bytes)), path);
            input.GetProperty("status").GetString().Should().BeOneOf("parsed", "ignored");
            input.TryGetProperty("metadataType", out _).Should().BeTrue();
            input.TryGetProperty("message", out _).Should().BeTrue();
        }

        var mobile = inputs.Single(i => i.GetProperty("path").GetString() == "force-app/main/default/connectedApps/Acme_Mobile_App.connectedApp-meta.xml");
        mobile.GetProperty("metadataType").GetString().Should().Be("ConnectedApp");
        mobile.GetProperty("status").GetString().Should().Be("parsed");
        mobile.GetProperty("message").ValueKind.Should().Be(JsonValueKind.Null);
        var manifest = inputs.Single(i => i.GetProperty("path").GetString() == "manifest/package.xml");
        manifest.GetProperty("status").GetString().Should().Be("ignored");
        manifest.GetProperty("message").GetString().Should().Contain("package directories");
    }

    [Test]
    public async Task Only_the_formats_asked_for_are_written()
    {
        var run = await CliRun.Of(["scan", RepositoryRoot.Combine("samples/acme-org"), "--format", "json", "--output", temp.Combine("out"), "--now", "2026-01-01T00:00:00Z"]);

        run.ExitCode.Should().Be(0);
        run.Out.Should().BeEmpty("console output was not asked for");
        Directory.GetFiles(temp.Combine("out")).Select(Path.GetFileName).Should().Equal("results.json");
    }

    [Test]
    public async Task The_console_alone_writes_no_report_file()
    {
        var run = await CliRun.Of(["scan", RepositoryRoot.Combine("samples/acme-org"), "--output", temp.Combine("out"), "--now", "2026-01-01T00:00:00Z"]);

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("Acme_Data_Sync");
        Directory.Exists(temp.Combine("out")).Should().BeFalse();
    }

    [Test]
    public async Task Two_scans_with_the_same_clock_write_byte_identical_results()
    {
        var first = await CliRun.Of(["scan", RepositoryRoot.Combine("samples/acme-org"), "--format", "json", "--output", temp.Combine("one"), "--now", "2026-01-01T00:00:00Z"]);
        var second = await CliRun.Of(["scan", RepositoryRoot.Combine("samples/acme-org"), "--format", "json", "--output", temp.Combine("two"), "--now", "2026-01-01T00:00:00Z"]);

        first.ExitCode.Should().Be(0);
        second.ExitCode.Should().Be(0);
        File.ReadAllBytes(temp.Combine("two/results.json")).Should().Equal(File.ReadAllBytes(temp.Combine("one/results.json")));
    }

    [Test]
    public async Task Two_scans_of_the_bad_fixtures_write_byte_identical_results_too()
    {
        await CliRun.Of(["scan", RepositoryRoot.Combine("tests/fixtures/bad"), "--format", "json", "--output", temp.Combine("one"), "--now", "2026-01-01T00:00:00Z"]);
        await CliRun.Of(["scan", RepositoryRoot.Combine("tests/fixtures/bad"), "--format", "json", "--output", temp.Combine("two"), "--now", "2026-01-01T00:00:00Z"]);

        File.ReadAllBytes(temp.Combine("two/results.json")).Should().Equal(File.ReadAllBytes(temp.Combine("one/results.json")));
    }

    [Test]
    public async Task Several_paths_are_reported_with_each_path_s_folder_name_in_front()
    {
        var run = await CliRun.Of([
            "scan", RepositoryRoot.Combine("samples/acme-org"), RepositoryRoot.Combine("tests/fixtures/real/carestone-sf-salesforce"),
            "--format", "console,json", "--output", temp.Combine("out"), "--now", "2026-01-01T00:00:00Z"]);

        run.ExitCode.Should().Be(0);
        var results = ResultsFile.Read(temp.Combine("out"));
        ResultsFile.Inputs(results).Select(i => i.Path).Should().OnlyContain(p =>
            p!.StartsWith("acme-org/", StringComparison.Ordinal) || p.StartsWith("carestone-sf-salesforce/", StringComparison.Ordinal));
        ResultsFile.Inputs(results).Should().Contain(("carestone-sf-salesforce/force-app/main/default/connectedApps/Postman.connectedApp-meta.xml", "parsed"));
        results.GetProperty("apps").EnumerateArray().Should().HaveCount(8);
        results.GetProperty("apps").EnumerateArray().SelectMany(a => a.GetProperty("files").EnumerateArray())
            .Should().OnlyContain(f => f.GetString()!.StartsWith("acme-org/", StringComparison.Ordinal) || f.GetString()!.StartsWith("carestone-sf-salesforce/", StringComparison.Ordinal));
        run.Out.Should().Contain("Scanned 2 paths");
    }

    [TestCase("0.5", 3, "error")]
    [TestCase("1", 0, "parsed")]
    public async Task Max_file_size_sets_the_largest_file_read_in_megabytes(string megabytes, int exitCode, string status)
    {
        temp.Write("export/connectedApps/Big.connectedApp-meta.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
                <!-- {new string('x', 600 * 1024)} -->
                <label>Big</label>
            </ConnectedApp>

            """);

        var run = await CliRun.Of(["scan", temp.Combine("export"), "--format", "json", "--output", temp.Combine("out"), "--max-file-size", megabytes]);

        run.ExitCode.Should().Be(exitCode, run.AllOutput);
        var input = ResultsFile.Read(temp.Combine("out")).GetProperty("inputs").EnumerateArray().Single();
        input.GetProperty("status").GetString().Should().Be(status);
        if (status == "error")
        {
            input.GetProperty("message").GetString().Should().Contain("over the 0.5 MB limit (--max-file-size)");
        }
    }

    private Task<CliRun> ScanSample() => CliRun.Of([
        "scan", RepositoryRoot.Combine("samples/acme-org"), "--format", "console,json", "--output", temp.Combine("out"), "--now", "2026-01-01T00:00:00Z"]);
}
