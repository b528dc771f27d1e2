using HealthReview.Core.Cvss;
using HealthReview.Core.Model;
using HealthReview.Core.Results;
using HealthReview.Reporting.Tests.Support;
using SkiaSharp;

namespace HealthReview.Reporting.Tests.Pdf;

/// <summary>Where things land on the page, read from a recording canvas: inside the margins, not overlapping, wrapped.</summary>
public sealed class PdfReportLayoutTests
{
    // The report's margins (left, top, right, bottom) on A4.
    private const float Left = 48;
    private const float Top = 34;
    private const float Right = 48;
    private const float Bottom = 30;
    private const float Tolerance = 0.5f;

    private static readonly Lazy<RecordedReport> Sample = new(() => RecordedReport.Of(PdfTestData.Sample()));

    private static readonly string LongUrl = "https://login.example.com/services/oauth2/callback/" + string.Concat(Enumerable.Repeat("segment-without-any-space/", 16)) + "?state=" + new string('x', 120);

    private static readonly string LongApp = "Integration_" + new string('A', 150);

    private static ScanResult Hostile() => new ScanResultBuilder()
        .App(LongApp, AppKind.ConnectedApp, "force-app/main/default/connectedApps/" + LongApp + ".connectedApp-meta.xml")
        .App("Short", AppKind.ExternalClientApp, "force-app/main/default/externalClientApps/Short.eca-meta.xml")
        .Rule(ScanResultBuilder.RuleOf("CALLBACK-URL-SECURE", "Callback URLs are safe " + new string('W', 90), 8.1) with
        {
            Overview = "Supercalifragilisticexpialidocious" + new string('z', 200) + " ends here.",
            References = [new RuleReferenceInfo("A very long reference", LongUrl)],
        })
        .Finding(ScanResultBuilder.FindingOf("CALLBACK-URL-SECURE", LongApp, AppKind.ConnectedApp, FindingStatus.Fail, 9.6, "force-app/main/default/connectedApps/" + LongApp + ".connectedApp-meta.xml", 7) with
        {
            Actual = LongUrl,
            Reasons = ["Callback URL '" + LongUrl + "' is not https."],
        })
        .Finding(ScanResultBuilder.FindingOf("CALLBACK-URL-SECURE", "Short", AppKind.ExternalClientApp, FindingStatus.NotEvaluated, 8.1) with
        {
            Reasons = ["The file " + LongUrl + " is missing."],
        })
        .Gate(CvssSeverity.High)
        .Build();

    public static IEnumerable<TestCaseData> Reports()
    {
        yield return new TestCaseData("sample").SetArgDisplayNames("sample");
        yield return new TestCaseData("hostile").SetArgDisplayNames("long words and URLs");
    }

    private static RecordedReport Report(string name) => name == "sample" ? Sample.Value : RecordedReport.Of(Hostile());

    [TestCaseSource(nameof(Reports))]
    public void Nothing_is_drawn_outside_the_page_margins(string name)
    {
        var report = Report(name);
        var page = RecordedReport.Page;

        foreach (var item in report.All.Where(i => i.Kind is RecordedKind.Text or RecordedKind.Rectangle or RecordedKind.Vector))
        {
            item.Bounds.Left.Should().BeGreaterThanOrEqualTo(Left - Tolerance, item.ToString());
            item.Bounds.Right.Should().BeLessThanOrEqualTo(page.Width - Right + Tolerance, item.ToString());
            item.Bounds.Top.Should().BeGreaterThanOrEqualTo(Top - Tolerance, item.ToString());
            item.Bounds.Bottom.Should().BeLessThanOrEqualTo(page.Height - Bottom + Tolerance, item.ToString());
        }
    }

    [TestCaseSource(nameof(Reports))]
    public void Text_runs_never_overlap(string name)
    {
        foreach (var page in Report(name).Pages)
        {
            var texts = page.Texts.ToList();
            for (var i = 0; i < texts.Count; i++)
            {
                for (var j = i + 1; j < texts.Count; j++)
                {
                    var overlap = SKRect.Intersect(Shrink(texts[i].Bounds), Shrink(texts[j].Bounds));
                    overlap.IsEmpty.Should().BeTrue($"{texts[i]} and {texts[j]} overlap");
                }
            }
        }
    }

    [Test]
    public void Long_words_and_urls_are_broken_across_lines_and_nothing_is_lost()
    {
        var report = RecordedReport.Of(Hostile());

        // The URL of the "Actual" row, put back together from its pieces in drawing order.
        var pieces = report.All.Where(t => t.Kind == RecordedKind.Text && LongUrl.Contains(t.Label, StringComparison.Ordinal) && t.Label.Length > 10).ToList();
        pieces.Should().HaveCountGreaterThan(2, "the URL is longer than a line");
        var firstActual = pieces.FindIndex(p => p.Label.StartsWith("https://", StringComparison.Ordinal));
        var rebuilt = string.Empty;
        for (var i = firstActual; i < pieces.Count && rebuilt.Length < LongUrl.Length; i++)
        {
            rebuilt += pieces[i].Label;
        }

        rebuilt.Should().Be(LongUrl);
        pieces.Skip(firstActual).Skip(1).First().Bounds.Top.Should().BeGreaterThan(pieces[firstActual].Bounds.Top, "the next piece is on the next line");
        report.All.Where(t => t.Kind == RecordedKind.Text).Should().OnlyContain(t => t.Bounds.Width <= RecordedReport.Page.Width - Left - Right + Tolerance);
    }

    [Test]
    public void Each_finding_starts_with_its_header_band_reference_severity_and_score()
    {
        var report = Sample.Value;
        var result = PdfTestData.Sample();
        var open = result.Findings.Where(f => f.IsOpen).OrderByDescending(f => f.Cvss!.Score).ToList();

        for (var n = 1; n <= open.Count; n++)
        {
            var destination = report.All.Single(i => i.Kind == RecordedKind.Destination && i.Label == $"finding-{n}");
            var page = report.Pages[destination.Page - 1];
            var band = page.Items.SkipWhile(i => i != destination).Where(i => i.Kind == RecordedKind.Text).Select(i => i.Label).TakeWhile(l => l != "EVIDENCE").ToList();
            band[0].Should().StartWith($"F-{n:000}");
            band.Intersect(["CRITICAL", "HIGH", "MEDIUM", "LOW"]).Should().ContainSingle("the severity is spelled out next to its colour");
            band.Should().Contain(open[n - 1].Cvss!.Score.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), "the score is in the band");
        }
    }

    [Test]
    public void Findings_are_in_descending_score_order()
    {
        var report = Sample.Value;
        var scores = new List<double>();
        for (var n = 1; ; n++)
        {
            var destination = report.All.SingleOrDefault(i => i.Kind == RecordedKind.Destination && i.Label == $"finding-{n}");
            if (destination is null)
            {
                break;
            }

            var page = report.Pages[destination.Page - 1];
            var score = page.Items.SkipWhile(i => i != destination).First(i => i.Kind == RecordedKind.Text && i.FontSize == 20).Label;
            scores.Add(double.Parse(score, System.Globalization.CultureInfo.InvariantCulture));
        }

        scores.Should().HaveCount(PdfTestData.Sample().Findings.Count(f => f.IsOpen)).And.BeInDescendingOrder();
    }

    [Test]
    public void A_heading_is_never_the_last_thing_on_its_page()
    {
        string[] headings = ["EVIDENCE", "RISK", "ABOUT THIS CONTROL", "REMEDIATION", "REFERENCES", "Top risks", "Register of open findings", "Thresholds in force"];

        foreach (var page in Sample.Value.Pages)
        {
            var last = page.Texts.Where(t => t.Bounds.Bottom < RecordedReport.Page.Height - 60).MaxBy(t => t.Bounds.Bottom);
            if (last is not null)
            {
                headings.Should().NotContain(last.Label, $"page {page.Number} must not end with a heading");
            }
        }
    }

    [Test]
    public void Matrix_cells_for_failures_carry_their_severity_letter_and_link_to_the_finding()
    {
        var report = Sample.Value;
        var matrix = report.Pages.Single(p => p.Items.Any(i => i.Kind == RecordedKind.Destination && i.Label == "matrix"));
        var links = matrix.Items.Where(i => i.Kind == RecordedKind.Link && i.Label.StartsWith("finding-", StringComparison.Ordinal)).ToList();
        var header = matrix.Texts.Single(t => t.Label == "App");
        var letters = matrix.Texts.Where(t => t.Label is "C" or "H" or "M" or "L" && t.Color == SKColors.White && t.Bounds.Top > header.Bounds.Bottom).ToList();

        links.Should().HaveCount(letters.Count).And.HaveCountGreaterThan(10);
        foreach (var letter in letters)
        {
            links.Should().Contain(l => l.Bounds.Contains(letter.Bounds.MidX, letter.Bounds.MidY), $"{letter} is inside a link");
        }
    }

    [Test]
    public void The_header_and_footer_sit_in_the_same_place_on_every_page()
    {
        var report = Sample.Value;
        var titles = report.All.Where(t => t.Kind == RecordedKind.Text && t.Label == Reporting.Pdf.PdfReportComposer.Title && t.FontSize < 8).ToList();
        var footers = report.All.Where(t => t.Kind == RecordedKind.Text && t.Label.StartsWith("Page ", StringComparison.Ordinal)).ToList();

        titles.Should().HaveCount(report.Pages.Count);
        titles.Select(t => t.Bounds.Top).Distinct().Should().ContainSingle();
        footers.Should().HaveCount(report.Pages.Count);
        footers.Select(t => t.Bounds.Top).Distinct().Should().ContainSingle();
        footers.Select(t => t.Label).Should().Equal(Enumerable.Range(1, report.Pages.Count).Select(n => $"Page {n} of {report.Pages.Count}"));
    }

    /// <summary>Glyph boxes include the font's ascent and descent; lines touch, so compare slightly smaller boxes.</summary>
    private static SKRect Shrink(SKRect r) => SKRect.Create(r.Left + 0.5f, r.Top + 1.5f, Math.Max(0, r.Width - 1), Math.Max(0, r.Height - 3));
}
