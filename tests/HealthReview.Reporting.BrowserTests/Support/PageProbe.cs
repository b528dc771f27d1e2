using Microsoft.Playwright;

namespace HealthReview.Reporting.BrowserTests.Support;

/// <summary>A page opened from file:// with everything it tried to do recorded: requests, console errors, page errors, dialogs.</summary>
public sealed class PageProbe
{
    private readonly List<string> requests = [];
    private readonly List<string> consoleErrors = [];
    private readonly List<string> pageErrors = [];
    private readonly List<string> dialogs = [];

    private PageProbe(IPage page, string url)
    {
        Page = page;
        Url = url;
        page.Request += (_, request) => requests.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                consoleErrors.Add($"{message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => pageErrors.Add(error.ToString() ?? "page error");
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add($"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync().ConfigureAwait(false);
        };
    }

    public IPage Page { get; }

    public string Url { get; }

    /// <summary>Every request but the page itself: none is expected.</summary>
    public IReadOnlyList<string> OtherRequests => [.. requests.Where(r => r != Url)];

    public IReadOnlyList<string> ConsoleErrors => consoleErrors;

    public IReadOnlyList<string> PageErrors => pageErrors;

    public IReadOnlyList<string> Dialogs => dialogs;

    public static async Task<PageProbe> OpenAsync(IBrowser browser, string path, int width = 1360, int height = 900, float timeout = 60_000)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = true,
            Offline = true,
        }).ConfigureAwait(false);
        var page = await context.NewPageAsync().ConfigureAwait(false);
        var url = new Uri(Path.GetFullPath(path)).AbsoluteUri;
        var probe = new PageProbe(page, url);
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = timeout }).ConfigureAwait(false);
        if (await page.Locator("#hr-data").CountAsync().ConfigureAwait(false) > 0)
        {
            // The script reads its data just after the first paint, and says so on the root element.
            await page.WaitForSelectorAsync("html[data-ready]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = timeout }).ConfigureAwait(false);
        }

        return probe;
    }

    public async Task CloseAsync() => await Page.Context.CloseAsync().ConfigureAwait(false);

    /// <summary>Asserts the page did nothing but show itself.</summary>
    public void ShouldBeQuiet()
    {
        OtherRequests.Should().BeEmpty("no request may leave the page");
        ConsoleErrors.Should().BeEmpty("the page logs no error or warning (a CSP refusal would be one)");
        PageErrors.Should().BeEmpty();
        Dialogs.Should().BeEmpty("no script from the data may run");
    }
}
