using HealthReview.Cli.Tests.Support;

namespace HealthReview.Cli.Tests.Docs;

/// <summary>
/// reports-samples/ must be exactly what scripts/regenerate-report-samples.sh produces today: the same command, run
/// in-process from the repository root, must give byte-identical files.
/// </summary>
[NonParallelizable]
public sealed class ReportSamplesTests
{
    private static readonly string[] Formats = ["results.json", "results.sarif", "junit.xml", "findings.csv", "summary.md", "report.html", "report.pdf"];

    [Test]
    public async Task The_committed_report_samples_are_up_to_date()
    {
        using var temp = new TemporaryFolder();
        var previous = Directory.GetCurrentDirectory();
        CliRun run;
        try
        {
            // The script passes relative paths from the repository root; results record the paths as given.
            Directory.SetCurrentDirectory(RepositoryRoot.Path);
            run = await CliRun.Of([
                "scan", "samples/acme-org",
                "--config", "samples/acme-org/healthreview.yaml",
                "--format", "json,sarif,junit,csv,markdown,html,pdf",
                "--output", temp.Path, "--now", "2026-11-23T09:00:00Z", "--fail-on", "none", "--quiet",
            ]);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }

        run.ExitCode.Should().Be(0, run.Error);
        foreach (var name in Formats)
        {
            var committed = RepositoryRoot.Combine("reports-samples/" + name);
            File.Exists(committed).Should().BeTrue($"reports-samples/{name} is committed");
            File.ReadAllBytes(temp.Combine(name)).Should().Equal(File.ReadAllBytes(committed), $"reports-samples/{name} is stale: run scripts/regenerate-report-samples.sh");
        }
    }
}
