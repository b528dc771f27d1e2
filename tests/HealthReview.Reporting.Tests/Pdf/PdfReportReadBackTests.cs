using System.Diagnostics;
using HealthReview.Core.Results;
using HealthReview.Reporting.Pdf;

namespace HealthReview.Reporting.Tests.Pdf;

/// <summary>The sample report as an auditor's tools see it: text, pages, metadata and fonts read back from the PDF.</summary>
public sealed class PdfReportReadBackTests
{
    private static readonly Lazy<RenderedReport> Sample = new(() => RenderedReport.Of(PdfTestData.Sample()));

    [Test]
    public void The_writer_is_the_pdf_format_writing_report_pdf()
    {
        var writer = new PdfReportWriter();

        (writer.Format, writer.FileName).Should().Be(("pdf", "report.pdf"));
    }

    [Test]
    public void The_sample_has_open_findings_to_check()
    {
        var open = PdfTestData.Sample().Findings.Where(f => f.IsOpen).ToList();

        open.Should().HaveCountGreaterThan(10, "the sample export is built to fail many controls");
        open.Select(f => f.App).Distinct().Should().HaveCountGreaterThan(3);
    }

    [Test]
    public void Every_open_finding_rule_id_and_app_can_be_extracted_with_PdfPig()
    {
        var report = Sample.Value;

        foreach (var finding in PdfTestData.Sample().Findings.Where(f => f.IsOpen))
        {
            var app = finding.AppKind == Core.Model.AppKind.Org ? "Org-wide settings" : finding.App;
            report.PageTexts.Should().Contain(
                t => t.Contains(finding.RuleId, StringComparison.Ordinal) && t.Contains(app, StringComparison.Ordinal),
                $"{finding.RuleId} on {app} has a page naming both");
        }
    }

    [Test]
    public void Every_open_finding_rule_id_and_app_can_be_extracted_with_pdftotext()
    {
        var text = PdfToText(Sample.Value.Bytes);

        foreach (var finding in PdfTestData.Sample().Findings.Where(f => f.IsOpen))
        {
            text.Should().Contain(finding.RuleId).And.Contain(finding.AppKind == Core.Model.AppKind.Org ? "Org-wide settings" : finding.App);
        }

        text.Should().Contain(PdfReportComposer.Title);
    }

    [Test]
    public void Every_page_has_the_title_and_page_x_of_y_and_the_last_says_page_n_of_n()
    {
        var report = Sample.Value;

        report.PageCount.Should().BeGreaterThan(20);
        for (var page = 1; page <= report.PageCount; page++)
        {
            report.PageTexts[page - 1].Should().Contain(PdfReportComposer.Title, $"page {page} has the header")
                .And.Contain($"Page {page} of {report.PageCount}", $"page {page} has the footer")
                .And.Contain("CONFIDENTIAL", "the default classification is on every page")
                .And.Contain("Scan date 2026-11-23 09:00 UTC");
        }

        report.PageTexts[^1].Should().Contain($"Page {report.PageCount} of {report.PageCount}");
    }

    [Test]
    public void The_classification_line_is_the_one_given()
    {
        var report = RenderedReport.Of(PdfTestData.Sample() with { Classification = "Internal — Audit Committee only" });

        report.PageTexts.Should().OnlyContain(t => t.Contains("INTERNAL — AUDIT COMMITTEE ONLY", StringComparison.Ordinal));
        report.PageTexts.Should().NotContain(t => t.Contains("CONFIDENTIAL", StringComparison.Ordinal));
        report.Information.Keywords.Should().Contain("Internal — Audit Committee only");
    }

    [Test]
    public void The_metadata_has_title_author_creator_subject_keywords_and_the_scan_clock_as_creation_date()
    {
        var info = Sample.Value.Information;

        info.Title.Should().Be("Salesforce OAuth Security Health Review — samples/acme-org");
        info.Author.Should().Be("healthreview 0.1.0");
        info.Creator.Should().Be("healthreview 0.1.0");
        info.Producer.Should().Be("HealthReview");
        info.Subject.Should().Contain("samples/acme-org").And.Contain("2026-11-23 09:00 UTC").And.Contain("posture score");
        info.Keywords.Should().Contain("Salesforce").And.Contain("OAuth").And.Contain("Confidential");
        info.GetCreatedDateTimeOffset().Should().Be(PdfTestData.Now);
        info.GetModifiedDateTimeOffset().Should().Be(PdfTestData.Now);
    }

    [Test]
    public void Text_is_set_in_the_embedded_dejavu_fonts_only()
    {
        Sample.Value.Fonts.Should().NotBeEmpty().And.OnlyContain(f => f.Contains("DejaVuSans", StringComparison.Ordinal));
    }

    [Test]
    public void The_cover_states_export_scan_date_scope_versions_score_and_grade()
    {
        var result = PdfTestData.Sample();
        var cover = Sample.Value.PageTexts[0];

        cover.Should().Contain(PdfReportComposer.Title)
            .And.Contain("samples/acme-org")
            .And.Contain("2026-11-23 09:00 UTC")
            .And.Contain("7 OAuth clients")
            .And.Contain("healthreview 0.1.0")
            .And.Contain(result.Tool.RulesVersion)
            .And.Contain(result.Summary!.Org.Score!.Value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture))
            .And.Contain(result.Summary.Org.Grade.ToUpperInvariant());
    }

    [Test]
    public void The_summary_gives_the_recommendation_for_the_score_band_and_the_top_risks()
    {
        var result = PdfTestData.Sample();
        var report = Sample.Value;
        var summary = report.PagesWith("Executive summary").Skip(1).First();
        var text = string.Join("\n", report.PageTexts.Skip(summary - 1).Take(2));

        text.Should().Contain(Grade.Recommendation(result.Summary!.Org.Score))
            .And.Contain("Top risks")
            .And.Contain("Open findings by app");
        var worst = result.Findings.Where(f => f.IsOpen).MaxBy(f => f.Cvss!.Score)!;
        text.Should().Contain(result.Rules.Single(r => r.Id == worst.RuleId).Title);
    }

    [Test]
    public void A_controls_text_is_given_in_full_with_its_worst_finding_and_the_later_ones_keep_the_overview_and_point_to_it()
    {
        var result = PdfTestData.Sample();
        var text = Sample.Value.FlatText;
        var repeated = result.Findings.Where(f => f.IsOpen).GroupBy(f => f.RuleId).Where(g => g.Count() > 1).ToList();
        repeated.Should().NotBeEmpty("the sample fails some controls on several apps");

        foreach (var control in repeated)
        {
            var rule = result.Rules.Single(r => r.Id == control.Key);
            Occurrences(text, RenderedReport.Flat(rule.ThreatScenarios.Trim())).Should().Be(1, $"{rule.Id}'s threat scenarios are printed once");
            Occurrences(text, $"business considerations of {rule.Id}: given in full with F-").Should().Be(control.Count() - 1, $"every later {rule.Id} finding points back");
            Occurrences(text, RenderedReport.Flat(rule.Overview.Trim())).Should().BeGreaterThanOrEqualTo(control.Count(), $"every {rule.Id} finding keeps the overview");
        }
    }

    private static int Occurrences(string text, string fragment)
    {
        var count = 0;
        for (var at = text.IndexOf(fragment, StringComparison.Ordinal); at >= 0; at = text.IndexOf(fragment, at + fragment.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Test]
    public void The_contents_give_the_page_each_section_starts_on()
    {
        var report = Sample.Value;
        var contents = report.PageTexts[1];

        foreach (var (number, title) in new[] { ("3", "Findings"), ("4", "Accepted risks"), ("5", "What could not be evaluated") })
        {
            var start = report.PagesWith(number + "   " + title).Concat(report.PagesWith(number + " " + title)).Where(p => p > 2).Min();
            contents.Should().MatchRegex($@"{title}\s*{start}\b", $"the contents list '{title}' on page {start}");
        }
    }

    [Test]
    public void Accepted_risks_show_reason_owner_expiry_and_flag_the_expired_one()
    {
        var report = Sample.Value;
        var page = report.PagesWith("Accepted risks").Skip(1).First();
        var text = RenderedReport.Flat(report.PageTexts[page - 1]);

        text.Should().Contain("Kiosk devices without a browser").And.Contain("secops@example.com").And.Contain("2027-03-31").And.Contain("CURRENT");
        text.Should().Contain("Field technicians roam").And.Contain("mobile-team@example.com").And.Contain("2026-06-30").And.Contain("EXPIRED");
        report.FlatText.Should().Contain("Risk acceptance expired on 2026-06-30");
    }

    [Test]
    public void The_appendix_lists_every_input_with_its_sha256_and_every_rule_with_revision_and_sha256()
    {
        var result = PdfTestData.Sample();
        var text = Sample.Value.Text;

        foreach (var input in result.Snapshot.Inputs)
        {
            text.Should().Contain(input.Sha256 ?? "(not readable)");
        }

        foreach (var rule in result.Rules)
        {
            text.Should().Contain(rule.Sha256);
        }

        Sample.Value.FlatText.Should().Contain(ScanResult.ScoringFormula).And.Contain(PdfTestData.ConfigPath).And.Contain(result.Config!.Sha256!).And.Contain("maxMinutes");
    }

    [Test]
    public void The_matrix_and_summary_link_to_the_findings()
    {
        var bytes = Sample.Value.Bytes;
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);

        var matrixPage = Sample.Value.PagesWith("Apps and controls").Skip(1).First();
        pdf.GetPage(matrixPage).GetAnnotations().Count(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link)
            .Should().BeGreaterThanOrEqualTo(PdfTestData.Sample().Findings.Count(f => f.IsOpen), "every open cell links to its finding");
        System.Text.Encoding.Latin1.GetString(bytes).Should().Contain("/Dests").And.Contain("finding-1");
    }

    private static string PdfToText(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"healthreview-pdf-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, bytes);
        try
        {
            var start = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = StartOrIgnore(start);
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            process.ExitCode.Should().Be(0, process.StandardError.ReadToEnd());
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Process StartOrIgnore(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Ignore("pdftotext (poppler-utils) is not installed");
            throw;
        }
    }
}
