using System.Text.Json;
using System.Xml.Linq;
using HealthReview.Cli;

namespace HealthReview.Cli.Tests;

/// <summary>The SARIF, JUnit, CSV and Markdown reports through the real command line, on the sample org.</summary>
public sealed class WriterFormatsEndToEndTests
{
    private static readonly string[] Files = ["results.sarif", "junit.xml", "findings.csv", "summary.md"];

    private string output = null!;

    [SetUp]
    public void CreateOutput() => output = Path.Combine(Path.GetTempPath(), "healthreview-formats-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void DeleteOutput()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static async Task<(int Code, string Out, string Error)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var environment = new CliEnvironment(stdout, stderr, new StringReader(string.Empty), _ => null, TimeProvider.System, false);
        var code = await CliApplication.RunAsync(args, environment);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string Sample()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HealthReview.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "samples", "acme-org");
    }

    private Task<(int Code, string Out, string Error)> Scan(string folder) =>
        Run("scan", Sample(), "--format", "sarif,junit,csv,markdown", "--output", folder, "--now", "2026-11-23T00:00:00Z", "--fail-on", "none");

    [Test]
    public async Task Writes_the_four_reports_and_they_agree()
    {
        var (code, _, error) = await Scan(output);

        code.Should().Be(0, error);
        Directory.GetFiles(output).Select(Path.GetFileName).Should().BeEquivalentTo(Files);

        using var sarif = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "results.sarif")));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var sarifResults = run.GetProperty("results").EnumerateArray().ToList();
        var junit = XDocument.Load(Path.Combine(output, "junit.xml")).Root!;
        var csvRows = (await File.ReadAllTextAsync(Path.Combine(output, "findings.csv"))).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        var summary = await File.ReadAllTextAsync(Path.Combine(output, "summary.md"));

        csvRows.Should().NotBeEmpty("the built-in rules find something in the sample org");
        int.Parse(junit.Attribute("tests")!.Value, System.Globalization.CultureInfo.InvariantCulture).Should().Be(csvRows.Count);
        int.Parse(junit.Attribute("failures")!.Value, System.Globalization.CultureInfo.InvariantCulture)
            .Should().Be(sarifResults.Count(r => r.GetProperty("properties").GetProperty("status").GetString() == "fail"));
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength().Should().BePositive();
        summary.Should().StartWith("# HealthReview").And.Contain("## Open findings");
    }

    [Test]
    public async Task The_same_scan_gives_identical_bytes()
    {
        var first = Path.Combine(output, "first");
        var second = Path.Combine(output, "second");

        (await Scan(first)).Code.Should().Be(0);
        (await Scan(second)).Code.Should().Be(0);

        foreach (var file in Files)
        {
            (await File.ReadAllBytesAsync(Path.Combine(second, file))).Should().Equal(await File.ReadAllBytesAsync(Path.Combine(first, file)), file);
        }
    }

    [Test]
    public async Task An_unknown_format_is_a_usage_error_that_lists_the_formats()
    {
        var (code, _, error) = await Run("scan", Sample(), "--format", "sarif,xlsx", "--output", output);

        code.Should().Be(2);
        error.Should().Contain("xlsx").And.Contain("sarif").And.Contain("junit").And.Contain("csv").And.Contain("markdown");
        Directory.Exists(output).Should().BeFalse();
    }
}
