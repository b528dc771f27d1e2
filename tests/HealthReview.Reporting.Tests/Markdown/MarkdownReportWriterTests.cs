using System.Text;
using System.Text.RegularExpressions;
using HealthReview.Core.Cvss;
using HealthReview.Core.Model;
using HealthReview.Core.Results;
using HealthReview.Reporting.Markdown;
using HealthReview.Reporting.Tests.Support;

namespace HealthReview.Reporting.Tests.Markdown;

public sealed partial class MarkdownReportWriterTests
{
    private static readonly MarkdownReportWriter Writer = new();

    private static string Render(ScanResult result, MarkdownReportWriter? writer = null) => WriterOutput.Text(writer ?? Writer, result);

    /// <summary>Table cells of the row: split on pipes that are not backslash-escaped.</summary>
    private static int UnescapedPipes(string line) => UnescapedPipe().Matches(line).Count;

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf("## " + heading + "\n", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"there is a '{heading}' section");
        var end = markdown.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }

    [Test]
    public void Names_the_format_and_file()
    {
        Writer.Format.Should().Be("markdown");
        Writer.FileName.Should().Be("summary.md");
    }

    [Test]
    public void Starts_with_the_title_score_grade_and_change_since_the_baseline()
    {
        var markdown = Render(SampleResults.Realistic());

        markdown.Should().StartWith("# HealthReview: Salesforce OAuth client security review\n\n**Posture score: 33.3 / 100 — Very Poor** · change since the baseline: **-4.2** (was 72.5)\n");
        markdown.Should().Contain("Coverage: 6 evaluated, 1 not evaluated, 1 not applicable · apps: 3");
    }

    [Test]
    public void Without_a_baseline_there_is_no_change_and_no_resolved_section()
    {
        var result = SampleResults.Realistic() with { Baseline = null };

        var markdown = Render(result);

        markdown.Should().NotContain("baseline").And.NotContain("## Resolved");
    }

    [Test]
    public void Says_the_gate_failed_and_which_findings_failed_it()
    {
        var markdown = Render(SampleResults.Realistic());

        markdown.Should().Contain("❌ **Gate failed** (--fail-on high) because of 2 items:\n\n"
            + "- CONSUMER-SECRET-API-ACCESS on Org (Org): critical 9.1\n"
            + "- PKCE-REQUIRED on Acme\\_Mobile\\_App (ConnectedApp): high 8.1\n");
    }

    [Test]
    public void Says_the_gate_passed()
    {
        var markdown = Render(SampleResults.RealisticBuilder().Gate(null).Build());

        markdown.Should().Contain("✅ **Gate passed** (--fail-on none).");
    }

    [Test]
    public void Counts_findings_by_severity_and_status()
    {
        var markdown = Render(SampleResults.Realistic());

        markdown.Should().Contain("| Critical | High | Medium | Low | Waived | Not evaluated | Not applicable | Passed |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n| 1 | 1 | 1 | 1 | 1 | 1 | 1 | 1 |\n");
    }

    [Test]
    public void Lists_open_findings_worst_first()
    {
        var table = Section(Render(SampleResults.Realistic()), "Open findings").Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToList();

        table[0].Should().Be("| Score | Severity | Control | App | File |");
        table.Skip(1).Select(r => r.Split(" | ")[0]).Should().Equal("| ---:", "| 9.1", "| 8.1", "| 5.9", "| 3.1");
        table[3].Should().Be("| 8.1 | High | **PKCE-REQUIRED** PKCE is required | Acme\\_Mobile\\_App (Connected App) | " + SampleResults.MobileFile.Replace("_", "\\_", StringComparison.Ordinal) + ":12 |");
        table[2].Should().EndWith("| Org (Org) | — |");
    }

    [Test]
    public void Caps_the_open_findings_table_and_says_how_many_more()
    {
        var builder = new ScanResultBuilder().Rule("R-1", "R", 5, AppKind.ConnectedApp);
        for (var i = 0; i < 60; i++)
        {
            builder.App($"App_{i:00}", AppKind.ConnectedApp, $"a{i}.xml")
                .Finding(ScanResultBuilder.FindingOf("R-1", $"App_{i:00}", AppKind.ConnectedApp, FindingStatus.Fail, 5, $"a{i}.xml", 1));
        }

        var section = Section(Render(builder.Build()), "Open findings");

        section.Split('\n').Count(l => l.StartsWith("| 5.0 |", StringComparison.Ordinal)).Should().Be(50);
        section.Should().Contain("_…and 10 more open findings (see results.json or findings.csv)._");
    }

    [Test]
    public void Counts_not_evaluated_findings_with_a_hint()
    {
        var section = Section(Render(SampleResults.Realistic()), "Not evaluated");

        section.Should().Contain("1 control was not evaluated: the export does not show what it needs. This is not a pass.")
            .And.Contain("attestation in healthreview.yaml")
            .And.Contain("<details>\n<summary>Not evaluated (1)</summary>\n\n")
            .And.Contain("retrieve ExtlClntAppGlobalOauthSettings.");
    }

    [Test]
    public void Lists_waivers_with_owner_and_expiry()
    {
        var section = Section(Render(SampleResults.Realistic()), "Waived by a risk acceptance");

        section.Should().Contain("| 5.3 | **DEVICE-FLOW-DISABLED** Device flow is off | Field\\_Service\\_Mobile (External Client App) | secops@example.com | 2027-03-31 | Kiosk devices without a browser |");
    }

    [Test]
    public void Lists_resolved_findings_with_a_baseline()
    {
        var section = Section(Render(SampleResults.Realistic()), "Resolved since the baseline");

        section.Should().Contain("| High 8.1 | **PKCE-REQUIRED** PKCE is required | Acme\\_Customer\\_Portal (External Client App) | pass |");
    }

    [Test]
    public void Lists_input_problems()
    {
        Section(Render(SampleResults.Realistic()), "Input problems")
            .Should().Contain("- force-app/main/default/connectedApps/Broken.connectedApp-meta.xml:7:3: the XML is malformed: expected &lt;/label&gt; (line 7, column 3)");
    }

    [Test]
    public void Details_are_collapsed_per_open_finding_with_evidence_and_remediation()
    {
        var details = Section(Render(SampleResults.Realistic()), "Details");

        Regex.Matches(details, "<details>").Count.Should().Be(4);
        details.Should().Contain("<details>\n<summary>High 8.1 · PKCE-REQUIRED · Acme&#95;Mobile&#95;App (Connected App)</summary>\n\n"
            + "**PKCE is required:** Not met: PKCE-REQUIRED. isPkceRequired is false.\n\n"
            + "- **Expected:** true\n- **Actual:** false\n");
        details.Should().Contain("- **Fix in Setup:** Setup → ConnectedApp → (app) → Edit → PKCE is required\n")
            .And.Contain("**Metadata change** in connectedApps/&lt;App&gt;.connectedApp-meta.xml:\n\n```xml\n<oauthConfig>\n    <isPkceRequired>true</isPkceRequired>\n</oauthConfig>\n```\n\n</details>");
    }

    [Test]
    public void Escapes_hostile_text_everywhere()
    {
        const string app = "<img src=x onerror=alert(1)>";
        const string message = "pipe | `tick` *star* _under_ [link](javascript:x) <script>alert(1)</script> & done";
        var result = new ScanResultBuilder()
            .App(app, AppKind.ConnectedApp, "force-app/<b>x</b>|y.xml")
            .Rule("R-1", "Title | with <i>html</i>", 9.5, AppKind.ConnectedApp)
            .Finding(ScanResultBuilder.FindingOf("R-1", app, AppKind.ConnectedApp, FindingStatus.Fail, 9.5, "force-app/<b>x</b>|y.xml", 3) with
            {
                Message = message,
                Expected = "</details><img src=y>",
                Reasons = ["</summary>**bold**"],
            })
            .Finding(ScanResultBuilder.FindingOf("R-1", app, AppKind.ConnectedApp, FindingStatus.NotEvaluated, 9.5) with { Reasons = ["reason | <b>"] })
            .Build();

        var markdown = Render(result);

        markdown.Should().NotContain("<img").And.NotContain("<script").And.NotContain("<b>").And.NotContain("<i>").And.NotContain("</summary>**");
        markdown.Should().Contain("&lt;img src=x onerror=alert(1)&gt;");
        markdown.Should().Contain("pipe \\| \\`tick\\` \\*star\\* \\_under\\_ \\[link\\](javascript:x) &lt;script&gt;alert(1)&lt;/script&gt; &amp; done");
        Regex.Matches(markdown, "<details>").Count.Should().Be(Regex.Matches(markdown, "</details>").Count);
        foreach (var line in markdown.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)))
        {
            UnescapedPipes(line).Should().BeOneOf([4, 6, 9], line);
        }

        var header = markdown.Split('\n').Single(l => l.StartsWith("| Score | Severity", StringComparison.Ordinal));
        var row = markdown.Split('\n').Single(l => l.StartsWith("| 9.5 |", StringComparison.Ordinal));
        UnescapedPipes(row).Should().Be(UnescapedPipes(header));
    }

    [Test]
    public void Stays_under_the_step_summary_limit_however_large_the_export()
    {
        var hostile = new string('&', 5000);
        var builder = new ScanResultBuilder().Rule(ScanResultBuilder.RuleOf("R-1", hostile, 9.5, AppKind.ConnectedApp));
        for (var i = 0; i < 2000; i++)
        {
            var app = $"App_{i:0000}_" + hostile;
            builder.App(app, AppKind.ConnectedApp, hostile + i)
                .Finding(ScanResultBuilder.FindingOf("R-1", app, AppKind.ConnectedApp, FindingStatus.Fail, 9.5, hostile + i, 1) with
                {
                    Message = hostile,
                    Expected = hostile,
                    Reasons = [.. Enumerable.Repeat(hostile, 50)],
                });
        }

        var bytes = WriterOutput.Bytes(Writer, builder.Build());

        bytes.Length.Should().BeLessThan(1024 * 1024);
        var markdown = Encoding.UTF8.GetString(bytes);
        markdown.Should().Contain("more open findings are not detailed here").And.EndWith("._\n");
    }

    [Test]
    public void Caps_details_at_the_limit()
    {
        var builder = new ScanResultBuilder().Rule("R-1", "R", 5, AppKind.ConnectedApp);
        for (var i = 0; i < 5; i++)
        {
            builder.App($"App_{i}", AppKind.ConnectedApp, $"a{i}.xml")
                .Finding(ScanResultBuilder.FindingOf("R-1", $"App_{i}", AppKind.ConnectedApp, FindingStatus.Fail, 5, $"a{i}.xml", 1));
        }

        var markdown = Render(builder.Build(), new MarkdownReportWriter { DetailsLimit = 2, TableRows = 3 });

        Regex.Matches(Section(markdown, "Details"), "<details>").Count.Should().Be(2);
        markdown.Should().Contain("_3 more open findings are not detailed here");
        Section(markdown, "Open findings").Should().Contain("_…and 2 more open findings");
    }

    [Test]
    public void With_nothing_open_says_so_and_has_no_details()
    {
        var result = new ScanResultBuilder()
            .App("A", AppKind.ConnectedApp, "a.xml")
            .Rule("R-1", "R", 5)
            .Finding(ScanResultBuilder.FindingOf("R-1", "A", AppKind.ConnectedApp, FindingStatus.Pass, 5, "a.xml", 1))
            .Gate(CvssSeverity.High)
            .Build();

        var markdown = Render(result);

        markdown.Should().Contain("No open findings.").And.Contain("✅ **Gate passed**").And.NotContain("## Details").And.NotContain("## Not evaluated");
    }

    [Test]
    public void Is_deterministic_LF_only_and_ends_with_a_newline()
    {
        var first = WriterOutput.Bytes(Writer, SampleResults.Realistic());

        WriterOutput.Bytes(Writer, SampleResults.Realistic()).Should().Equal(first);
        first.Should().NotContain((byte)'\r');
        first[^1].Should().Be((byte)'\n');
        Encoding.UTF8.GetString(first).Should().EndWith("_Generated by healthreview 0.1.0 (rules sha256:abc123) at 2026-11-23T00:00:00Z._\n");
    }

    [Test]
    public void An_unrated_scan_says_so_once()
    {
        var markdown = Render(new ScanResultBuilder().App("A", AppKind.ConnectedApp, "a.xml").Gate(null).Build());

        markdown.Should().Contain("**Posture score: not rated** (nothing could be evaluated)\n").And.NotContain("Not rated");
    }
}
