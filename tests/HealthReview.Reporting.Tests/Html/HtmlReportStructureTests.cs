using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using HealthReview.Core.Results;
using HealthReview.Reporting.Html;
using HealthReview.Reporting.Tests.Html.Support;

namespace HealthReview.Reporting.Tests.Html;

public sealed class HtmlReportStructureTests
{
    private ScanResult result = null!;
    private IHtmlDocument document = null!;

    [OneTimeSetUp]
    public void Render()
    {
        result = SampleResults.Rich();
        document = HtmlRendering.Document(result);
    }

    [OneTimeTearDown]
    public void Dispose() => document.Dispose();

    [Test]
    public void The_writer_is_the_html_format_and_writes_report_html()
    {
        var writer = new HtmlReportWriter();
        writer.Format.Should().Be("html");
        writer.FileName.Should().Be("report.html");
    }

    [Test]
    public void The_page_is_an_English_html5_document_with_one_h1_and_a_title_naming_the_scope()
    {
        document.DocumentElement.GetAttribute("lang").Should().Be("en");
        document.Doctype!.Name.Should().Be("html");
        document.Title.Should().Be("Security health review — samples/acme-org");
        document.QuerySelectorAll("h1").Should().ContainSingle();
    }

    [Test]
    public void The_header_shows_the_scope_scan_time_tool_rules_score_grade_and_open_counts()
    {
        var header = document.QuerySelector("header.top")!.TextContent;
        header.Should().Contain("samples/acme-org").And.Contain("2026-01-31 09:30:00 UTC");
        header.Should().Contain(Format(result.Summary!.Org.Score)).And.Contain(result.Summary.Org.Grade);
        header.Should().Contain($"{result.Summary.OpenCritical} Critical").And.Contain($"{result.Summary.OpenHigh} High");
        var scan = document.QuerySelector(".card-scan")!.TextContent;
        scan.Should().Contain("healthreview 0.1.0").And.Contain("22 rules, sha256:53ba62fc3198");
    }

    [Test]
    public void The_score_is_a_gauge_and_the_charts_are_inline_svg_with_accessible_names()
    {
        var gauge = document.QuerySelector("svg.gauge")!;
        gauge.GetAttribute("role").Should().Be("img");
        gauge.GetAttribute("aria-label").Should().Be($"Posture score {Format(result.Summary!.Org.Score)} out of 100, grade {result.Summary.Org.Grade}");
        var charts = document.QuerySelectorAll("svg.chart, svg.donut");
        charts.Should().HaveCount(4);
        charts.Select(c => c.GetAttribute("aria-label")).Should().OnlyContain(l => !string.IsNullOrEmpty(l));
        document.QuerySelectorAll("svg.chart")[1].QuerySelectorAll("text.chart-label").Select(t => t.TextContent)
            .Should().Contain(["PKCE-REQUIRED", "SCOPE-LEAST-PRIVILEGE"], "the by-control chart names controls with open findings");
    }

    [Test]
    public void The_findings_table_has_one_row_per_finding_with_the_keys_the_filters_use()
    {
        var rows = document.QuerySelectorAll("#findings-body > tr");
        rows.Should().HaveCount(result.Findings.Count);
        rows.Select(r => r.Id).Should().OnlyHaveUniqueItems();
        foreach (var row in rows)
        {
            var finding = result.Findings[int.Parse(row.Id!["f-".Length..], System.Globalization.CultureInfo.InvariantCulture)];
            row.GetAttribute("data-st").Should().Be(Labels.Key(finding.Status));
            row.GetAttribute("data-sev").Should().Be(Labels.Key(finding.Severity));
            row.GetAttribute("data-k").Should().Be(Labels.Key(finding.AppKind));
            row.QuerySelector(".app-name")!.TextContent.Should().Be(finding.App);
            row.QuerySelector(".rule-id")!.TextContent.Should().Be(finding.RuleId);
            row.QuerySelector("details.fx > summary")!.TextContent.Should().Be(finding.Message);
            var status = ((IHtmlTableRowElement)row).Cells[0];
            status.ClassList.Should().Contain("st-" + Labels.Key(finding.Status));
            status.TextContent.Should().StartWith(Labels.Label(finding.Status), "colour is never the only signal");
        }
    }

    [Test]
    public void Findings_are_listed_failures_first_then_by_severity_and_score()
    {
        var statuses = document.QuerySelectorAll("#findings-body > tr").Select(r => r.GetAttribute("data-st")).ToList();
        statuses.Should().StartWith(Enumerable.Repeat("fail", result.Findings.Count(f => f.Status == FindingStatus.Fail)));
        var scores = document.QuerySelectorAll("#findings-body > tr[data-st=fail]").Select(r => double.Parse(r.GetAttribute("data-sc")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var ranks = document.QuerySelectorAll("#findings-body > tr[data-st=fail]").Select(r => Array.IndexOf(["low", "medium", "high", "critical"], r.GetAttribute("data-sev"))).ToList();
        ranks.Should().BeInDescendingOrder();
        scores.Should().HaveCount(ranks.Count);
        document.QuerySelector("th[data-key=st]")!.GetAttribute("aria-sort").Should().Be("descending");
    }

    [Test]
    public void A_failed_finding_carries_evidence_reasons_modifiers_cvss_and_its_control_for_the_script_to_show()
    {
        var index = result.Findings.ToList().FindIndex(f => f.Status == FindingStatus.Fail && f.Modifiers.Count > 0 && f.Cvss?.Vector4 is not null);
        index.Should().BeGreaterThanOrEqualTo(0);
        var finding = result.Findings[index];
        document.GetElementById($"f-{index}")!.QuerySelector("details.fx")!.HasAttribute("open").Should().BeFalse("details start closed");
        var details = new ReportData(document).Details(index);
        details.Should().ContainInOrder(finding.Expected!, finding.Actual!, $"{finding.Location!.Path}:{finding.Location.Line}", finding.Reasons[0]);
        details.Should().Contain([finding.Cvss!.Vector, finding.Cvss.ContextualVector, finding.Cvss.Vector4!, "7.4", "7.0–8.9"]);
        details.Should().Contain([finding.Modifiers[0].Id, "MAC:L", finding.Modifiers[0].Reason]);
        var anchors = details.Where(d => d.StartsWith("rule-", StringComparison.Ordinal) || d.StartsWith("rem-", StringComparison.Ordinal)).ToList();
        anchors.Should().HaveCount(2);
        document.GetElementById(anchors[0])!.QuerySelector(".rule-text").Should().NotBeNull();
        document.GetElementById(anchors[1])!.TextContent.Should().Contain("Setup →").And.Contain("isPkceRequired");
    }

    [Test]
    public void Only_the_first_rows_are_printed_and_the_rest_come_in_order_from_the_data_block()
    {
        using var limited = HtmlRendering.Parse(HtmlRendering.Html(result, printedRows: 5));
        var printed = limited.QuerySelectorAll("#findings-body > tr").Select(r => int.Parse(r.Id!["f-".Length..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        printed.Should().HaveCount(5);
        var rest = new ReportData(limited).RowFindings;
        rest.Should().HaveCount(result.Findings.Count - 5);
        var all = document.QuerySelectorAll("#findings-body > tr").Select(r => int.Parse(r.Id!["f-".Length..], System.Globalization.CultureInfo.InvariantCulture));
        printed.Concat(rest).Should().Equal(all, "the data block continues the default order");
        limited.GetElementById("f-more")!.TextContent.Should().Contain("The 5 findings most in need of attention");
        document.GetElementById("f-more").Should().BeNull("a small report prints every row");
    }

    [Test]
    public void The_matrix_has_a_row_per_app_a_column_per_control_and_cells_that_link_to_their_finding()
    {
        var matrix = document.QuerySelector("table.matrix")!;
        matrix.QuerySelectorAll("thead th.m-col").Should().HaveCount(result.Rules.Count);
        var rows = matrix.QuerySelectorAll("tbody tr");
        rows.Should().HaveCount(result.Findings.Select(f => (f.App, f.AppKind)).Distinct().Count());
        rows[0].QuerySelector(".app-name")!.TextContent.Should().Be("Postman_Legacy", "the worst app comes first");
        rows[^1].QuerySelector(".app-name")!.TextContent.Should().Be("Org settings");
        foreach (var cell in matrix.QuerySelectorAll("a.cell"))
        {
            var target = document.GetElementById(cell.GetAttribute("href")!.TrimStart('#'))!;
            target.Should().NotBeNull();
            cell.ClassList.Should().Contain("c-" + target.GetAttribute("data-st"));
            cell.GetAttribute("aria-label").Should().Contain(target.QuerySelector(".rule-id")!.TextContent);
        }
    }

    [Test]
    public void Accepted_risks_show_reason_owner_expiry_and_state()
    {
        var rows = document.QuerySelector("#accepted table")!.QuerySelectorAll("tbody tr");
        rows.Should().HaveCount(3);
        rows[0].TextContent.Should().Contain("Kiosk devices rotate tokens out of band").And.Contain("secops@acme.example").And.Contain("2026-06-30").And.Contain("Active");
        rows[1].TextContent.Should().Contain("Expired");
        rows[2].TextContent.Should().Contain("Unused");
        rows[0].QuerySelector("a")!.GetAttribute("href").Should().MatchRegex("^#f-[0-9]+$");
        document.QuerySelector("#accepted")!.TextContent.Should().Contain("jane.doe@acme.example", "attestations are listed too");
    }

    [Test]
    public void What_could_not_be_evaluated_is_listed_with_why_grouped_by_control_and_reason()
    {
        var notEvaluated = result.Findings.Where(f => f.Status == FindingStatus.NotEvaluated).ToList();
        var rows = document.QuerySelectorAll("#not-evaluated tbody tr");
        rows.Should().HaveCount(notEvaluated.Select(f => (f.RuleId, string.Join(" ", f.Reasons))).Distinct().Count());
        rows[0].TextContent.Should().Contain("retrieve it with");
        var links = document.QuerySelectorAll("#not-evaluated tbody td.apps-list a");
        links.Should().HaveCount(notEvaluated.Count);
        links.Select(a => document.GetElementById(a.GetAttribute("href")![1..])!.GetAttribute("data-st")).Should().OnlyContain(s => s == "ne");
    }

    [Test]
    public void The_inventory_lists_every_input_with_its_hash_status_and_error()
    {
        var rows = document.QuerySelectorAll("#inputs table.inputs tbody tr");
        rows.Should().HaveCount(result.Snapshot.Inputs.Count);
        var broken = rows.Single(r => r.TextContent.Contains("Broken.connectedApp-meta.xml", StringComparison.Ordinal));
        broken.TextContent.Should().Contain("Error").And.Contain("not well-formed").And.Contain("line 3, column 14").And.Contain(new string('b', 64));
        document.QuerySelector("#inputs")!.TextContent.Should().Contain("xml-malformed").And.Contain("oauthConfig/newField").And.Contain("ConsumerSecret");
    }

    [Test]
    public void With_a_baseline_new_findings_are_marked_resolved_ones_listed_and_the_score_change_shown()
    {
        document.QuerySelectorAll("#findings-body .pill-new").Should().HaveCount(result.Findings.Count(f => f.Baseline == BaselineState.New));
        document.QuerySelector("header.top .delta")!.TextContent.Should().Be("+7.3");
        document.QuerySelectorAll("#resolved tbody tr").Should().ContainSingle().Which.TextContent.Should().Contain("TRUSTED-IP-RANGES").And.Contain("Acme_Data_Sync");
    }

    [Test]
    public void The_controls_section_has_each_rule_in_security_health_review_sections_with_remediation_per_kind()
    {
        var articles = document.QuerySelectorAll("#controls article.rule");
        articles.Should().HaveCount(result.Rules.Count);
        var first = articles[0];
        first.QuerySelectorAll(".rule-text h4").Select(h => h.TextContent).Should().Equal(
            "Overview", "Security risk if not configured", "Threat scenarios", "Risk impact", "Higher risk when", "Low risk when", "Business and integration considerations");
        first.QuerySelectorAll(".rem").Should().HaveCount(3);
        first.QuerySelector(".rem pre code")!.TextContent.Should().Be("<isPkceRequired>true</isPkceRequired>");
        first.QuerySelector(".refs a")!.GetAttribute("href").Should().Be("https://www.rfc-editor.org/rfc/rfc7636");
    }

    [Test]
    public void Every_data_table_has_header_cells_with_a_scope()
    {
        foreach (var table in document.QuerySelectorAll("table"))
        {
            table.QuerySelector("thead").Should().NotBeNull();
            table.QuerySelectorAll("thead th").Should().OnlyContain(th => th.GetAttribute("scope") == "col");
        }

        document.QuerySelectorAll("table.matrix tbody th").Should().OnlyContain(th => th.GetAttribute("scope") == "row");
    }

    [Test]
    public void Every_filter_control_has_a_label_and_is_a_native_keyboard_control()
    {
        foreach (var control in document.QuerySelectorAll(".filters input, .filters select"))
        {
            control.Closest("label").Should().NotBeNull($"{control.OuterHtml[..Math.Min(60, control.OuterHtml.Length)]} needs a label");
        }

        document.QuerySelectorAll("#f-sev input[type=checkbox]").Select(i => i.GetAttribute("value")).Should().Equal("critical", "high", "medium", "low", "none");
        document.QuerySelectorAll("#f-st input[type=checkbox]").Select(i => i.GetAttribute("value")).Should().Equal("fail", "waived", "ne", "pass", "na");
        document.QuerySelectorAll("#findings-table th[data-key] > button").Should().HaveCount(5, "sorting is done with buttons");
        document.QuerySelectorAll("#f-app option").Should().HaveCount(1 + result.Findings.Select(f => (f.App, f.AppKind)).Concat(result.Snapshot.Apps.Select(a => (a.Name, a.Kind))).Distinct().Count());
    }

    [Test]
    public void Every_same_page_link_points_at_an_element_that_exists()
    {
        foreach (var link in document.QuerySelectorAll("a[href^='#']"))
        {
            var id = link.GetAttribute("href")![1..];
            document.GetElementById(id).Should().NotBeNull($"#{id} is linked");
        }
    }

    [Test]
    public void The_print_stylesheet_expands_details_and_keeps_rows_together()
    {
        var css = document.QuerySelector("style")!.TextContent;
        var print = css[css.IndexOf("@media print", StringComparison.Ordinal)..];
        print.Should().Contain("details::details-content").And.Contain("break-inside: avoid").And.Contain("display: table-header-group");
        document.QuerySelector("script:not([type])")!.TextContent.Should().Contain("beforeprint");
        css.Should().Contain(".st-fail::before { content: \"✗\" / \"\"; }", "the status symbols come from the stylesheet");
    }

    private static string Format(double? score) => score!.Value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
