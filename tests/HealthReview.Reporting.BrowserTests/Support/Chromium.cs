using Microsoft.Playwright;

namespace HealthReview.Reporting.BrowserTests.Support;

/// <summary>
/// Debian's chromium driven by Playwright. Playwright is never allowed to fetch a browser: the executable is fixed, and a
/// missing one fails the tests with the command that installs it (CI runs it in .ci/run).
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            Assert.Fail($"{ExecutablePath} is missing: the browser tests need Debian's chromium (apt-get update && apt-get install -y chromium; .ci/run does this).");
        }

        // Belt and braces: the driver must not try to download a browser of its own.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_BROWSERS_PATH", Path.Combine(Path.GetTempPath(), "healthreview-no-playwright-browsers"));
        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-default-apps", "--disable-extensions"],
        }).ConfigureAwait(false);
        return (playwright, browser);
    }
}
