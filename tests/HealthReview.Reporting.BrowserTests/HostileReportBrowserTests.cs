using HealthReview.Reporting.BrowserTests.Support;
using HealthReview.Reporting.Tests.Html.Support;
using Microsoft.Playwright;

namespace HealthReview.Reporting.BrowserTests;

/// <summary>Hostile strings from an export, scanned through the real command and opened in chromium: nothing runs.</summary>
[NonParallelizable]
public sealed class HostileReportBrowserTests
{
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;
    private string work = null!;

    [OneTimeSetUp]
    public async Task Launch()
    {
        (playwright, browser) = await Chromium.LaunchAsync();
        work = Path.Combine(TestContext.CurrentContext.WorkDirectory, "hostile-export");
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [OneTimeTearDown]
    public async Task Close()
    {
        await browser.CloseAsync();
        playwright.Dispose();
    }

    [Test]
    public async Task A_scanned_export_with_script_in_labels_descriptions_and_callback_urls_runs_no_script()
    {
        var export = HostileExport.Create(Path.Combine(work, "export"));
        var output = Path.Combine(work, "report");
        var (code, report, error) = await CliScan.HtmlAsync(export, output);
        code.Should().Be(3, "the broken file is an input error, and the rest is still reported; stderr: " + error);
        File.ReadAllText(report).Should().NotContain(HostileExport.SecretMarker, "secrets never reach a report");

        var probe = await PageProbe.OpenAsync(browser, report);
        await OpenEveryFinding(probe.Page);
        await Task.Delay(200);
        probe.ShouldBeQuiet();
        // The long sections are laid out only near the screen (content-visibility: auto), and innerText leaves out what
        // is not laid out: show them all, as scrolling down would.
        await probe.Page.EvaluateAsync("() => document.querySelectorAll('main > section').forEach(s => s.style.contentVisibility = 'visible')");
        var text = await probe.Page.InnerTextAsync("body");
        text.Should().Contain(HostileExport.Label).And.Contain(HostileExport.EcaName).And.Contain(HostileExport.EcaLabel).And.Contain("<script>alert(2)</script>");
        (await probe.Page.Locator("img, iframe, object, embed").CountAsync()).Should().Be(0);
        (await probe.Page.Locator("svg:not(.gauge):not(.chart):not(.donut)").CountAsync()).Should().Be(0);
        (await probe.Page.Locator("a[href^='javascript:' i]").CountAsync()).Should().Be(0);
        await Screenshot("hostile-export-apps.png", probe.Page.Locator("#apps"));
        await probe.CloseAsync();
    }

    [Test]
    public async Task A_result_whose_every_string_is_hostile_runs_no_script_even_with_every_finding_open()
    {
        var report = ReportFiles.Write(HostileResults.Build(), "hostile-report.html");
        var probe = await PageProbe.OpenAsync(browser, report);
        await OpenEveryFinding(probe.Page);
        await probe.Page.FillAsync("#f-q", HostileResults.ScriptTag);
        await probe.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Task.Delay(200);
        probe.ShouldBeQuiet();
        (await probe.Page.EvaluateAsync<int>("() => document.querySelectorAll('img, iframe, object, embed, script:not([type])').length")).Should().Be(1, "only the page's own script");
        (await probe.Page.EvaluateAsync<int>("() => document.querySelectorAll('script').length")).Should().Be(2, "the script and its data block");
        var body = await probe.Page.TextContentAsync("body");
        foreach (var payload in HostileResults.All)
        {
            body.Should().Contain(payload);
        }

        await probe.CloseAsync();
    }

    private static async Task OpenEveryFinding(IPage page)
    {
        var rows = await page.Locator("#findings-body > tr").CountAsync();
        await page.EvaluateAsync("() => document.querySelectorAll('#findings-body details').forEach(d => d.open = true)");
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('#findings-body .fd').length === {rows}");
    }

    private static async Task Screenshot(string name, ILocator element)
    {
        var path = Path.Combine(ReportFiles.Folder, name);
        Directory.CreateDirectory(ReportFiles.Folder);
        await element.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        TestContext.AddTestAttachment(path, name);
        File.Copy(path, Path.Combine(Path.GetTempPath(), "healthreview-" + name), overwrite: true);
    }
}
