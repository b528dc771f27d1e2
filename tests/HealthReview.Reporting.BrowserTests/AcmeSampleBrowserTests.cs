using HealthReview.Reporting.BrowserTests.Support;
using Microsoft.Playwright;

namespace HealthReview.Reporting.BrowserTests;

/// <summary>The bundled sample export, scanned by the real command with the built-in rules, opened in chromium.</summary>
[NonParallelizable]
public sealed class AcmeSampleBrowserTests
{
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    [OneTimeSetUp]
    public async Task Launch() => (playwright, browser) = await Chromium.LaunchAsync();

    [OneTimeTearDown]
    public async Task Close()
    {
        await browser.CloseAsync();
        playwright.Dispose();
    }

    [Test]
    public async Task The_sample_exports_report_opens_quietly_and_every_finding_opens()
    {
        var output = Path.Combine(TestContext.CurrentContext.WorkDirectory, "acme-org-report");
        var sample = Path.Combine(CliScan.RepositoryRoot(), "samples", "acme-org");
        var (code, report, error) = await CliScan.HtmlAsync(sample, output, "--config", Path.Combine(sample, "healthreview.yaml"));
        code.Should().Be(0, error);
        var probe = await PageProbe.OpenAsync(browser, report);
        var page = probe.Page;
        var rows = await page.Locator("#findings-body > tr").CountAsync();
        rows.Should().BeGreaterThan(0);
        (await page.TextContentAsync("#f-count")).Should().Be($"Showing all {rows} findings.");
        // Every finding's details are built (the toggle events of all of them at once).
        await page.EvaluateAsync("() => document.querySelectorAll('#findings-body details').forEach(d => d.open = true)");
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('#findings-body .fd').length === {rows}");
        await page.EvaluateAsync("() => { document.querySelectorAll('#findings-body details[open]').forEach(d => d.open = false); window.scrollTo(0, 0); }");
        var path = Path.Combine(ReportFiles.Folder, "acme-org-report.png");
        Directory.CreateDirectory(ReportFiles.Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        TestContext.AddTestAttachment(path, "acme-org-report.png");
        File.Copy(path, Path.Combine(Path.GetTempPath(), "healthreview-acme-org-report.png"), overwrite: true);
        // Rows off screen are laid out only when seen (content-visibility), which moves what is below them while
        // Playwright measures an element; for the pictures every row is laid out first.
        await page.EvaluateAsync("() => document.querySelectorAll('#findings-body > tr').forEach(r => r.style.contentVisibility = 'visible')");
        foreach (var section in new[] { "accepted", "matrix", "not-evaluated" })
        {
            var shot = Path.Combine(ReportFiles.Folder, $"acme-org-{section}.png");
            await page.Locator($"#{section}").ScreenshotAsync(new LocatorScreenshotOptions { Path = shot });
            TestContext.AddTestAttachment(shot, $"acme-org-{section}.png");
            File.Copy(shot, Path.Combine(Path.GetTempPath(), $"healthreview-acme-org-{section}.png"), overwrite: true);
        }

        (await page.Locator("#accepted tbody tr").CountAsync()).Should().BeGreaterThan(0, "the sample's config declares acceptances");
        probe.ShouldBeQuiet();
        await probe.CloseAsync();
    }
}
