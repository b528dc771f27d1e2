using HealthReview.Cli.Tests.Support;

namespace HealthReview.Cli.Tests;

/// <summary>generatedAt comes from --now, else SOURCE_DATE_EPOCH, else the clock the program was given.</summary>
public class ReportClockTests
{
    private TemporaryFolder temp = null!;

    [SetUp]
    public void CreateFolder() => temp = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => temp.Dispose();

    [TestCase("2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z")]
    [TestCase("2026-01-01T02:00:00+02:00", "2026-01-01T00:00:00Z")]
    [TestCase("2025-12-31T19:00:00-05:00", "2026-01-01T00:00:00Z")]
    [TestCase("2026-01-01", "2026-01-01T00:00:00Z")]
    [TestCase("2026-06-30T12:34:56.789Z", "2026-06-30T12:34:56Z")]
    public async Task Now_sets_generatedAt_in_UTC_to_the_second(string now, string generatedAt)
    {
        (await GeneratedAt(["--now", now])).Should().Be(generatedAt);
    }

    [TestCase("1767225600", "2026-01-01T00:00:00Z")]
    [TestCase("0", "1970-01-01T00:00:00Z")]
    [TestCase("1700000000", "2023-11-14T22:13:20Z")]
    public async Task SOURCE_DATE_EPOCH_sets_generatedAt(string epoch, string generatedAt)
    {
        (await GeneratedAt([], new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = epoch })).Should().Be(generatedAt);
    }

    [Test]
    public async Task Now_wins_over_SOURCE_DATE_EPOCH()
    {
        var generatedAt = await GeneratedAt(["--now", "2026-01-01T00:00:00Z"], new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1700000000" });

        generatedAt.Should().Be("2026-01-01T00:00:00Z");
    }

    [Test]
    public async Task Without_either_the_injected_clock_is_used_to_the_second()
    {
        var generatedAt = await GeneratedAt([]);

        generatedAt.Should().Be("2031-05-06T07:08:09Z", $"the test clock says {CliRun.ClockTime:O}");
    }

    [Test]
    public async Task An_empty_SOURCE_DATE_EPOCH_is_as_good_as_none()
    {
        (await GeneratedAt([], new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = string.Empty })).Should().Be("2031-05-06T07:08:09Z");
    }

    [Test]
    public async Task The_console_header_shows_the_same_time_as_results_json()
    {
        var run = await CliRun.Of(["scan", RepositoryRoot.Combine("samples/acme-org"), "--format", "console,json", "--output", temp.Combine("out"), "--now", "2026-02-03T04:05:06Z"]);

        run.Out.Split('\n')[0].Should().EndWith("2026-02-03T04:05:06Z");
        ResultsFile.Read(temp.Combine("out")).GetProperty("generatedAt").GetString().Should().Be("2026-02-03T04:05:06Z");
    }

    private async Task<string?> GeneratedAt(string[] options, IReadOnlyDictionary<string, string>? variables = null)
    {
        var run = await CliRun.Of(
            ["scan", RepositoryRoot.Combine("tests/fixtures/real/carestone-sf-salesforce"), "--format", "json", "--output", temp.Combine("out"), .. options],
            variables);
        run.ExitCode.Should().Be(0, run.AllOutput);
        return ResultsFile.Read(temp.Combine("out")).GetProperty("generatedAt").GetString();
    }
}
