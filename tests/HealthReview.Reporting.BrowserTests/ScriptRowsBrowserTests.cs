using HealthReview.Reporting.BrowserTests.Support;
using HealthReview.Reporting.Tests.Html.Support;
using Microsoft.Playwright;

namespace HealthReview.Reporting.BrowserTests;

/// <summary>Rows the script adds from the data block look and behave exactly like the rows the page prints.</summary>
[NonParallelizable]
public sealed class ScriptRowsBrowserTests
{
    private const string RowsOf = "() => Array.from(document.querySelectorAll('#findings-body > tr')).map(r => r.outerHTML)";

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
    public async Task A_row_added_by_the_script_is_the_same_markup_as_the_printed_row()
    {
        var result = SampleResults.Rich();
        var printed = await PageProbe.OpenAsync(browser, ReportFiles.Write(result, "rows-printed.html", printedRows: 1000));
        var scripted = await PageProbe.OpenAsync(browser, ReportFiles.Write(result, "rows-scripted.html", printedRows: 0));
        await AllRowsAdded(scripted.Page);
        var expected = await printed.Page.EvaluateAsync<string[]>(RowsOf);
        var actual = await scripted.Page.EvaluateAsync<string[]>(RowsOf);
        actual.Should().Equal(expected);
        printed.ShouldBeQuiet();
        scripted.ShouldBeQuiet();
        await printed.CloseAsync();
        await scripted.CloseAsync();
    }

    [Test]
    public async Task Filters_sorting_and_details_cover_the_rows_the_script_adds()
    {
        var result = SampleResults.Synthetic(2_000);
        var probe = await PageProbe.OpenAsync(browser, ReportFiles.Write(result, "rows-synthetic.html", printedRows: 50));
        var page = probe.Page;
        await AllRowsAdded(page);
        (await page.Locator("#findings-body > tr").CountAsync()).Should().Be(2_000);
        (await page.IsVisibleAsync("#f-more")).Should().BeFalse("the note about the rows to come goes once they are there");

        await page.Locator("#f-st label.chip", new() { HasText = "Pass" }).ClickAsync();
        var passes = result.Findings.Count(f => f.Status == Core.Results.FindingStatus.Pass);
        (await page.TextContentAsync("#f-count")).Should().Be($"Showing {2_000 - passes:#,0} of 2,000 findings.");

        // The search applies on the next frame: wait for the count to change (it read "Showing 1,…" already).
        var before = await page.TextContentAsync("#f-count");
        await page.FillAsync("#f-q", "synthetic_app_00090");
        await page.WaitForFunctionAsync("before => document.getElementById('f-count').textContent !== before", before);
        var apps = await page.Locator("#findings-body > tr:visible .app-name").AllTextContentsAsync();
        apps.Should().NotBeEmpty().And.OnlyContain(a => a == "Synthetic_App_00090");

        var last = page.Locator("#findings-body > tr[data-st=fail]:visible").Last;
        await last.Locator("summary").ClickAsync();
        (await last.Locator(".fd").TextContentAsync()).Should().Contain("Evidence").And.Contain("Remediation");

        await page.ClickAsync("#f-reset");
        await page.ClickAsync("th[data-key=a] button");
        var names = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('#findings-body .app-name')).map(a => a.textContent)");
        names.Should().HaveCount(2_000).And.BeInAscendingOrder(StringComparer.Ordinal);
        probe.ShouldBeQuiet();
        await probe.CloseAsync();
    }

    private static async Task AllRowsAdded(IPage page) =>
        await page.WaitForFunctionAsync("() => !document.getElementById('f-count').textContent.includes('adding')");
}
