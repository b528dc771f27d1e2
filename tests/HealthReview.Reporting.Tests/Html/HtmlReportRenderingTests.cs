using System.Text;
using HealthReview.Core.Model;
using HealthReview.Core.Results;
using HealthReview.Reporting.Html;
using HealthReview.Reporting.Tests.Html.Support;

namespace HealthReview.Reporting.Tests.Html;

public sealed class HtmlReportRenderingTests
{
    [Test]
    public void The_same_result_gives_the_same_bytes()
    {
        var result = SampleResults.Rich();
        HtmlRendering.Bytes(result).Should().Equal(HtmlRendering.Bytes(SampleResults.Rich()));
        HtmlRendering.Bytes(result).Should().Equal(HtmlRendering.Bytes(result));
    }

    [Test]
    public void The_page_is_utf8_without_a_byte_order_mark_and_with_unix_line_ends()
    {
        var bytes = HtmlRendering.Bytes(SampleResults.Rich());
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        Encoding.UTF8.GetString(bytes).Should().StartWith("<!DOCTYPE html>\n").And.NotContain("\r");
    }

    [Test]
    public void A_scan_with_no_rules_and_no_findings_still_renders_a_complete_page()
    {
        var result = new ScanResult
        {
            Tool = new ToolInfo("healthreview", "0.1.0", "0 rules"),
            GeneratedAt = SampleResults.GeneratedAt,
            Snapshot = new ExportSnapshot { Inputs = [], Apps = [], Diagnostics = [] },
        };
        using var document = HtmlRendering.Document(result);
        document.QuerySelector(".top-score")!.TextContent.Should().Contain("—").And.Contain("Not rated");
        document.QuerySelector("#matrix .empty").Should().NotBeNull();
        document.QuerySelectorAll("#findings-body > tr").Should().BeEmpty();
        document.QuerySelector("#controls")!.TextContent.Should().Contain("No controls were loaded");
        document.Title.Should().Be("Security health review — export");
    }

    [Test]
    public void The_matrix_shows_the_worst_apps_when_there_are_too_many_for_a_grid()
    {
        var result = SampleResults.Synthetic(22 * 200);
        using var document = HtmlRendering.Document(result);
        document.QuerySelectorAll("table.matrix tbody tr").Should().HaveCount(MatrixViews.MaxRows);
        document.QuerySelector("#matrix")!.TextContent.Should().Contain($"The {MatrixViews.MaxRows} apps with the lowest scores of 200");
        document.QuerySelectorAll("#f-app option").Should().HaveCount(201, "every app can still be filtered");
    }

    [Test]
    public void The_page_grows_in_proportion_to_the_findings()
    {
        var small = HtmlRendering.Bytes(SampleResults.Synthetic(2_000)).Length;
        var large = HtmlRendering.Bytes(SampleResults.Synthetic(8_000)).Length;
        ((double)large / small).Should().BeInRange(2.5, 4.2, "four times the findings is at most about four times the page");
    }

    [Test]
    public void Org_wide_findings_are_shown_as_org_settings()
    {
        using var document = HtmlRendering.Document(SampleResults.Rich());
        document.QuerySelectorAll("table.matrix tbody tr").Last().QuerySelector(".kind")!.TextContent.Should().Be(Labels.Short(AppKind.Org));
        document.QuerySelectorAll("#f-kind option").Select(o => o.TextContent).Should().Contain("Org setting (1)");
    }
}
