using HealthReview.Reporting.BrowserTests.Support;
using HealthReview.Reporting.Tests.Html.Support;
using Microsoft.Playwright;

namespace HealthReview.Reporting.BrowserTests;

/// <summary>The sample report in a real browser, opened from file://: it loads nothing, logs nothing, and its table works.</summary>
[NonParallelizable]
public sealed class SampleReportBrowserTests
{
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;
    private string report = null!;
    private PageProbe probe = null!;

    private IPage Page => probe.Page;

    [OneTimeSetUp]
    public async Task Launch()
    {
        (playwright, browser) = await Chromium.LaunchAsync();
        report = ReportFiles.Write(SampleResults.Rich(), "sample-report.html");
    }

    [OneTimeTearDown]
    public async Task Close()
    {
        await browser.CloseAsync();
        playwright.Dispose();
    }

    [SetUp]
    public async Task Open() => probe = await PageProbe.OpenAsync(browser, report);

    [TearDown]
    public async Task CloseTab()
    {
        probe.ShouldBeQuiet();
        await probe.CloseAsync();
    }

    [Test]
    public async Task The_report_opens_from_file_with_no_request_and_no_console_error()
    {
        (await Page.TitleAsync()).Should().Be("Security health review — samples/acme-org");
        (await Page.Locator("#findings-body > tr").CountAsync()).Should().Be(SampleResults.Rich().Findings.Count);
        (await Page.EvaluateAsync<int>("() => performance.getEntriesByType('resource').length")).Should().Be(0);
        await Screenshot("sample-report.png", fullPage: false);
    }

    [Test]
    public async Task Unchecking_a_status_hides_its_rows_and_the_count_says_how_many_are_shown()
    {
        var total = await VisibleRows();
        var passes = await Page.Locator("#findings-body > tr[data-st=pass]").CountAsync();
        await Page.Locator("#f-st label.chip", new() { HasText = "Pass" }).ClickAsync();
        (await VisibleRows()).Should().Be(total - passes);
        (await Page.Locator("#findings-body > tr[data-st=pass]:visible").CountAsync()).Should().Be(0);
        (await Page.TextContentAsync("#f-count")).Should().Be($"Showing {total - passes} of {total} findings.");
    }

    [Test]
    public async Task Severity_app_kind_app_and_control_filters_combine()
    {
        await Page.SelectOptionAsync("#f-kind", "ca");
        (await DataOfVisible("data-k")).Should().OnlyContain(k => k == "ca");
        await Page.SelectOptionAsync("#f-rule", new SelectOptionValue { Label = "PKCE-REQUIRED" });
        (await Page.Locator("#findings-body > tr:visible .rule-id").AllTextContentsAsync()).Should().OnlyContain(r => r == "PKCE-REQUIRED").And.HaveCount(2);
        await Page.SelectOptionAsync("#f-app", new SelectOptionValue { Label = "Postman_Legacy (CA)" });
        (await Page.Locator("#findings-body > tr:visible .app-name").AllTextContentsAsync()).Should().Equal("Postman_Legacy");
        await Page.Locator("#f-sev label.chip", new() { HasText = "High" }).ClickAsync();
        await Page.Locator("#f-sev label.chip", new() { HasText = "Critical" }).ClickAsync();
        await Page.Locator("#f-sev label.chip", new() { HasText = "Medium" }).ClickAsync();
        (await VisibleRows()).Should().Be(0);
        (await Page.IsVisibleAsync("#f-none")).Should().BeTrue("an empty result says so");
        await Page.ClickAsync("#f-reset");
        (await VisibleRows()).Should().Be(await Page.Locator("#findings-body > tr").CountAsync());
    }

    [Test]
    public async Task Text_search_matches_app_control_message_and_evidence()
    {
        await Page.FillAsync("#f-q", "field_service");
        await Page.WaitForFunctionAsync("() => document.getElementById('f-count').textContent.startsWith('Showing 6 ')");
        (await Page.Locator("#findings-body > tr:visible .app-name").AllTextContentsAsync()).Should().OnlyContain(a => a == "Field_Service_Mobile");
        await Page.FillAsync("#f-q", "ecaGlblOauth file was not retrieved");
        await Page.WaitForFunctionAsync("() => !document.getElementById('f-count').textContent.startsWith('Showing 6 ')");
        (await DataOfVisible("data-st")).Should().OnlyContain(s => s == "ne").And.NotBeEmpty();
    }

    [Test]
    public async Task The_filters_work_from_the_keyboard()
    {
        await Page.FocusAsync("#f-q");
        await Page.Keyboard.TypeAsync("Postman");
        await Page.Keyboard.PressAsync("Tab");
        (await Page.EvaluateAsync<string>("() => document.activeElement.id")).Should().Be("f-kind");
        await Page.FocusAsync("#f-st input[value=pass]");
        await Page.Keyboard.PressAsync("Space");
        await Page.WaitForFunctionAsync("() => !document.querySelector('#f-st input[value=pass]').checked");
        (await Page.Locator("#findings-body > tr:visible").CountAsync()).Should().Be(5, "Postman_Legacy has five failed findings and one pass");
    }

    [Test]
    public async Task Column_headers_sort_the_rows_both_ways_and_say_so()
    {
        await Page.ClickAsync("th[data-key=sc] button");
        (await Page.GetAttributeAsync("th[data-key=sc]", "aria-sort")).Should().Be("descending");
        var scores = (await DataOfVisible("data-sc")).Select(s => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        scores.Should().BeInDescendingOrder();
        await Page.ClickAsync("th[data-key=sc] button");
        (await Page.GetAttributeAsync("th[data-key=sc]", "aria-sort")).Should().Be("ascending");
        (await DataOfVisible("data-sc")).Select(s => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).Should().BeInAscendingOrder();
        (await Page.GetAttributeAsync("th[data-key=st]", "aria-sort")).Should().BeNull();

        await Page.ClickAsync("th[data-key=a] button");
        var apps = await Page.Locator("#findings-body > tr .app-name").AllTextContentsAsync();
        apps.Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Test]
    public async Task Opening_a_finding_shows_its_evidence_and_a_copy_of_its_control_text_and_remediation()
    {
        var first = Page.Locator("#findings-body > tr").First;
        await first.Locator("summary").ClickAsync();
        (await first.Locator("details").GetAttributeAsync("open")).Should().NotBeNull();
        var details = await first.Locator(".fd").TextContentAsync() ?? string.Empty;
        details.Should().Contain("Evidence").And.Contain("Expected").And.Contain("CVSS:3.1/");
        details.Should().Contain("Overview").And.Contain("Threat scenarios").And.Contain("In Setup:").And.Contain("isPkceRequired");
        (await first.Locator(".ctl [id]").CountAsync()).Should().Be(0, "copies carry no ids");
        await Screenshot("sample-finding-open.png", fullPage: false, clip: first);
    }

    [Test]
    public async Task A_matrix_cell_opens_its_finding_even_when_the_filters_hide_it()
    {
        await Page.Locator("#f-st label.chip", new() { HasText = "Fail" }).ClickAsync();
        var cell = Page.Locator("table.matrix a.c-fail").First;
        var target = (await cell.GetAttributeAsync("href"))!;
        (await Page.IsHiddenAsync(target)).Should().BeTrue();
        await cell.ClickAsync();
        await Page.WaitForFunctionAsync($"() => !document.querySelector('{target}').hidden");
        (await Page.Locator($"{target} details").GetAttributeAsync("open")).Should().NotBeNull();
        (await Page.TextContentAsync("#f-count")).Should().StartWith("Showing all");
    }

    [Test]
    public async Task Printing_shows_the_details_of_every_finding()
    {
        await Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        var rows = await Page.Locator("#findings-body > tr").CountAsync();
        (await Page.Locator("#findings-body details.fx[open] .fd").CountAsync()).Should().Be(rows);
        var box = await Page.Locator("#findings-body > tr").First.Locator(".fd").BoundingBoxAsync();
        box!.Height.Should().BeGreaterThan(40);
        (await Page.IsVisibleAsync(".filters")).Should().BeFalse("filters are not printed");
        var pdf = await Page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, Path = Path.Combine(ReportFiles.Folder, "sample-report-printed.pdf") });
        pdf.Length.Should().BeGreaterThan(10_000);
        TestContext.AddTestAttachment(Path.Combine(ReportFiles.Folder, "sample-report-printed.pdf"), "the sample report as printed");
        await Page.EvaluateAsync("() => window.dispatchEvent(new Event('afterprint'))");
        (await Page.Locator("#findings-body details.fx[open]").CountAsync()).Should().Be(0, "details close again after printing");
    }

    [Test]
    public async Task The_full_page_looks_like_a_product()
    {
        await Screenshot("sample-report-full.png", fullPage: true);
        new FileInfo(Path.Combine(ReportFiles.Folder, "sample-report-full.png")).Length.Should().BeGreaterThan(50_000);
        await Page.EvaluateAsync("() => document.querySelectorAll('#findings-body > tr').forEach(r => r.style.contentVisibility = 'visible')");
        foreach (var section in new[] { "matrix", "findings", "accepted", "not-evaluated", "resolved", "apps", "inputs" })
        {
            await Screenshot($"sample-section-{section}.png", fullPage: false, clip: Page.Locator($"#{section}"));
        }

        await Screenshot("sample-section-control.png", fullPage: false, clip: Page.Locator("#controls article.rule").First);

        await Page.SetViewportSizeAsync(420, 900);
        await Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Screenshot("sample-report-narrow.png", fullPage: false);
        var wide = await Page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.matrix-wrap, .table-wrap, .top-nav, pre')).slice(0, 5).map(e => e.tagName + '.' + e.className + ' in ' + e.parentElement.tagName + '.' + e.parentElement.className)");
        wide.Should().BeEmpty("nothing but the scrollable tables and the section bar is wider than a phone");
        await Page.EvaluateAsync("() => document.getElementById('findings').scrollIntoView()");
        await Screenshot("sample-report-narrow-findings.png", fullPage: false);

    }

    private Task<int> VisibleRows() => Page.Locator("#findings-body > tr:visible").CountAsync();

    private async Task<IReadOnlyList<string>> DataOfVisible(string attribute) =>
        await Page.EvaluateAsync<string[]>($"() => Array.from(document.querySelectorAll('#findings-body > tr')).filter(r => !r.hidden).map(r => r.getAttribute('{attribute}'))");

    private async Task Screenshot(string name, bool fullPage, ILocator? clip = null)
    {
        var path = Path.Combine(ReportFiles.Folder, name);
        if (clip is null)
        {
            if (fullPage)
            {
                // A whole-page picture is not scrolled through, so the sections laid out only near the screen
                // (content-visibility: auto) would come out blank.
                await Page.EvaluateAsync("() => document.querySelectorAll('main > section').forEach(s => s.style.contentVisibility = 'visible')");
            }

            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        }
        else
        {
            await clip.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        }

        TestContext.AddTestAttachment(path, name);
        File.Copy(path, Path.Combine(Path.GetTempPath(), "healthreview-" + name), overwrite: true);
    }
}
