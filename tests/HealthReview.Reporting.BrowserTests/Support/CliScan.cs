using HealthReview.Cli;

namespace HealthReview.Reporting.BrowserTests.Support;

/// <summary>Runs <c>healthreview scan</c> in-process, writing report.html, with a fixed clock.</summary>
public static class CliScan
{
    public static async Task<(int ExitCode, string Report, string Error)> HtmlAsync(string export, string output, params string[] extra)
    {
        var error = new StringWriter();
        var environment = new CliEnvironment(new StringWriter(), error, new StringReader(string.Empty), _ => null, TimeProvider.System, false);
        string[] args = ["scan", export, "--format", "html", "--output", output, "--now", "2026-01-31T09:30:00Z", "--fail-on", "none", .. extra];
        var code = await CliApplication.RunAsync(args, environment);
        return (code, Path.Combine(output, "report.html"), error.ToString());
    }

    /// <summary>The repository root (the folder holding HealthReview.sln), found from the test's output folder.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "HealthReview.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("HealthReview.sln not found above the test folder");
    }
}
