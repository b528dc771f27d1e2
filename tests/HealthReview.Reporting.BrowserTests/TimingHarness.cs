using System.Diagnostics;
using System.Globalization;
using System.Text;
using HealthReview.Reporting.BrowserTests.Support;
using HealthReview.Reporting.Html;
using HealthReview.Reporting.Tests.Html.Support;
using Microsoft.Playwright;

namespace HealthReview.Reporting.BrowserTests;

/// <summary>
/// Not a test: a harness run by hand that prints how long report.html takes to render and to open in chromium, and how
/// fast its filters and sorting answer, for 1,000 and 10,000 findings. Timings depend on the machine, so nothing here
/// asserts on them.
/// <code>dotnet test tests/HealthReview.Reporting.BrowserTests --filter TestCategory=Timing</code>
/// </summary>
[Explicit("A timing harness, run by hand")]
[Category("Timing")]
public sealed class TimingHarness
{
    [Test]
    public async Task Render_and_load_times_for_1000_and_10000_findings()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        var writer = new HtmlReportWriter();
        var lines = new StringBuilder();
        try
        {
            // Calibration: the same measurements for a page that holds nothing, on this machine, now.
            var empty = Path.Combine(ReportFiles.Folder, "timing-empty.html");
            Directory.CreateDirectory(ReportFiles.Folder);
            await File.WriteAllTextAsync(empty, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>empty</title><link rel=\"icon\" href=\"data:,\"></head><body><p>empty</p></body></html>");
            var calibration = new List<double>();
            for (var i = 0; i < 3; i++)
            {
                var watch = Stopwatch.StartNew();
                var probe = await PageProbe.OpenAsync(browser, empty);
                calibration.Add(watch.Elapsed.TotalMilliseconds);
                await probe.CloseAsync();
            }

            lines.AppendLine(CultureInfo.InvariantCulture, $"   empty page: chromium goto→load min {calibration.Min():0} ms, median {Median(calibration):0} ms (this machine's overhead, now)");
            foreach (var count in new[] { 1_000, 10_000 })
            {
                var result = SampleResults.Synthetic(count);
                var renders = new List<double>();
                byte[] bytes = [];
                for (var i = 0; i < 5; i++)
                {
                    using var stream = new MemoryStream();
                    var watch = Stopwatch.StartNew();
                    writer.Write(result, stream);
                    renders.Add(watch.Elapsed.TotalMilliseconds);
                    bytes = stream.ToArray();
                }

                Directory.CreateDirectory(ReportFiles.Folder);
                var path = Path.Combine(ReportFiles.Folder, $"timing-{count}.html");
                await File.WriteAllBytesAsync(path, bytes);

                var loads = new List<double>();
                var metrics = string.Empty;
                for (var i = 0; i < 3; i++)
                {
                    var watch = Stopwatch.StartNew();
                    var probe = await PageProbe.OpenAsync(browser, path, timeout: 300_000);
                    var load = watch.Elapsed.TotalMilliseconds;
                    loads.Add(load);
                    if (i == 2)
                    {
                        metrics = await Interactions(probe.Page);
                    }

                    probe.ShouldBeQuiet();
                    await probe.CloseAsync();
                }

                lines.AppendLine(CultureInfo.InvariantCulture, $"{count,6} findings: {bytes.Length / 1024.0 / 1024.0:0.0} MB; render min {renders.Min():0} ms, median {Median(renders):0} ms; chromium goto→load min {loads.Min():0} ms, median {Median(loads):0} ms; {metrics}");
            }
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }

        await TestContext.Out.WriteLineAsync(lines.ToString());
        await File.WriteAllTextAsync(Path.Combine(ReportFiles.Folder, "timing.txt"), lines.ToString());
    }

    // Each interaction is timed inside the page, up to the forced layout that follows it.
    private static async Task<string> Interactions(IPage page) => await page.EvaluateAsync<string>("""
        async () => {
          await new Promise(r => { const t = () => document.getElementById('f-count').textContent.includes('adding') ? setTimeout(t, 20) : r(); t(); });
          const all = performance.now();
          const nav = performance.getEntriesByType('navigation')[0];
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          const time = (f) => { const t = performance.now(); f(); document.body.offsetHeight; return performance.now() - t; };
          const pass = document.querySelector('#f-st input[value=pass]');
          const uncheck = time(() => pass.click());
          const recheck = time(() => pass.click());
          const q = document.getElementById('f-q');
          const search = time(() => { q.value = 'synthetic_app_0004'; q.dispatchEvent(new Event('input')); });
          await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
          const searched = document.getElementById('f-count').textContent;
          const sort = time(() => document.querySelector('th[data-key=sc] button').click());
          const r = (x) => Math.round(x);
          const ready = performance.getEntriesByName('hr-ready')[0];
          return `DOMContentLoaded ${r(nav.domContentLoadedEventEnd)} ms, load ${r(nav.loadEventEnd)} ms, first paint ${fcp ? r(fcp.startTime) : '?'} ms, interactive ${ready ? r(ready.startTime) : '?'} ms, all rows ${r(all)} ms; ` +
                 `filter ${r(uncheck)}/${r(recheck)} ms, sort ${r(sort)} ms, search '${searched}'`;
        }
        """);

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
