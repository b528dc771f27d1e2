using HealthReview.Core.Model;
using HealthReview.Core.Results;
using HealthReview.Reporting.Csv;
using HealthReview.Reporting.Tests.Support;

namespace HealthReview.Reporting.Tests.Csv;

public sealed class CsvReportWriterTests
{
    private const string Header = "app,appKind,ruleId,title,status,severity,score,baseScore,vector,expected,actual,file,line,message,baseline,acceptanceOwner,acceptanceExpires";

    private static readonly CsvReportWriter Writer = new();

    private static ScanResult OneFinding(Func<Finding, Finding> change, string app = "App_One") => new ScanResultBuilder()
        .App(app, AppKind.ConnectedApp, "a.xml")
        .Rule("R-1", "Rule one", 7.4, AppKind.ConnectedApp)
        .Finding(change(ScanResultBuilder.FindingOf("R-1", app, AppKind.ConnectedApp, FindingStatus.Fail, 8.1, "a.xml", 12)))
        .Build();

    private static Dictionary<string, string> OnlyRow(ScanResult result)
    {
        var records = Rfc4180Reader.Read(WriterOutput.Text(Writer, result));
        records.Should().HaveCount(2);
        return records[0].Zip(records[1]).ToDictionary(p => p.First, p => p.Second);
    }

    private static string OnlyRowText(ScanResult result) => WriterOutput.Text(Writer, result).Split("\r\n")[1];

    [Test]
    public void Names_the_format_and_file()
    {
        Writer.Format.Should().Be("csv");
        Writer.FileName.Should().Be("findings.csv");
    }

    [Test]
    public void Has_a_header_and_one_row_per_finding_of_every_status()
    {
        var result = SampleResults.Realistic();

        var records = Rfc4180Reader.Read(WriterOutput.Text(Writer, result));

        string.Join(',', records[0]).Should().Be(Header);
        records.Should().HaveCount(result.Findings.Count + 1);
        records.Skip(1).Should().OnlyContain(r => r.Count == 17);
        records.Skip(1).Select(r => r[4]).Should().BeEquivalentTo(["fail", "pass", "notEvaluated", "fail", "fail", "notApplicable", "waived", "fail"]);
    }

    [Test]
    public void A_row_has_every_column()
    {
        var row = Rfc4180Reader.Read(WriterOutput.Text(Writer, SampleResults.Realistic()))
            .Skip(1).Single(r => r[0] == "Field_Service_Mobile" && r[2] == "DEVICE-FLOW-DISABLED");

        row.Should().Equal(
            "Field_Service_Mobile", "ExternalClientApp", "DEVICE-FLOW-DISABLED", "Device flow is off", "waived", "medium", "5.3", "7.4",
            "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:H/A:N/MAC:L", "true", "false", SampleResults.FieldGlobal, "9",
            "Not met: DEVICE-FLOW-DISABLED. isPkceRequired is false.", "unchanged", "secops@example.com", "2027-03-31");
    }

    [Test]
    public void Missing_values_are_empty_fields()
    {
        var row = OnlyRow(OneFinding(f => f with { Location = null, Cvss = null, Expected = null, Actual = null }));

        row["file"].Should().BeEmpty();
        row["line"].Should().BeEmpty();
        row["score"].Should().BeEmpty();
        row["baseline"].Should().BeEmpty();
        row["acceptanceOwner"].Should().BeEmpty();
    }

    [Test]
    public void Lines_end_with_CRLF_and_the_file_is_UTF8_without_BOM()
    {
        var bytes = WriterOutput.Bytes(Writer, SampleResults.Realistic());
        var text = WriterOutput.Text(Writer, SampleResults.Realistic());

        bytes[0].Should().Be((byte)'a');
        text.Should().EndWith("\r\n");
        text.Replace("\r\n", string.Empty, StringComparison.Ordinal).Should().NotContain("\n").And.NotContain("\r");
    }

    [TestCase("has, comma", "\"has, comma\"")]
    [TestCase("has \"quote\"", "\"has \"\"quote\"\"\"")]
    [TestCase("line\nbreak", "\"line\nbreak\"")]
    [TestCase("carriage\rreturn", "\"carriage\rreturn\"")]
    [TestCase("crlf\r\ninside", "\"crlf\r\ninside\"")]
    [TestCase("plain text", "plain text")]
    [TestCase("", "")]
    [TestCase("ünïcödé → ok", "ünïcödé → ok")]
    public void Fields_are_quoted_only_when_RFC_4180_needs_it(string message, string field)
    {
        var result = OneFinding(f => f with { Message = message });

        var text = WriterOutput.Text(Writer, result);

        text.Should().Contain("," + field + ",");
        OnlyRow(result)["message"].Should().Be(message);
    }

    [TestCase("=1+1")]
    [TestCase("+1+1")]
    [TestCase("-1+1")]
    [TestCase("@SUM(1)")]
    [TestCase("\tTAB")]
    [TestCase("\rCR")]
    [TestCase("=HYPERLINK(\"http://x\",\"y\")")]
    public void Cells_that_a_spreadsheet_would_run_get_a_leading_quote(string value)
    {
        foreach (var column in new[] { "app", "title", "expected", "actual", "file", "message", "acceptanceOwner", "vector" })
        {
            var result = new ScanResultBuilder()
                .App(column == "app" ? value : "A", AppKind.ConnectedApp, "a.xml")
                .Rule(ScanResultBuilder.RuleOf("R-1", column == "title" ? value : "T", 5, AppKind.ConnectedApp))
                .Finding(ScanResultBuilder.FindingOf("R-1", column == "app" ? value : "A", AppKind.ConnectedApp, FindingStatus.Waived, 5, column == "file" ? value : "a.xml", 1) with
                {
                    Expected = column == "expected" ? value : "e",
                    Actual = column == "actual" ? value : "a",
                    Message = column == "message" ? value : "m",
                    Acceptance = new AcceptanceInfo("r", column == "acceptanceOwner" ? value : "o", new DateOnly(2027, 1, 1), false),
                    Cvss = new FindingCvss("v", column == "vector" ? value : "v", 5, 5, new ScoreRange(4, 6.9), null),
                })
                .Build();

            OnlyRow(result)[column].Should().Be("'" + value, column);
        }
    }

    [Test]
    public void A_hostile_app_name_is_neutralised_and_quoted()
    {
        var hyperlink = OneFinding(f => f, "=HYPERLINK(\"http://x\",\"y\")");
        var sum = OneFinding(f => f, "@SUM(1)");

        OnlyRowText(hyperlink).Should().StartWith("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",ConnectedApp,R-1,");
        OnlyRowText(sum).Should().StartWith("\"'@SUM(1)\",ConnectedApp,R-1,");
        OnlyRow(hyperlink)["app"].Should().Be("'=HYPERLINK(\"http://x\",\"y\")");
    }

    [TestCase("a=b")]
    [TestCase("x-1")]
    [TestCase(" =1")]
    [TestCase("'already")]
    [TestCase("1-2")]
    public void Formula_characters_after_the_first_are_left_alone(string value) =>
        OnlyRow(OneFinding(f => f with { Actual = value }))["actual"].Should().Be(value);

    [Test]
    public void Numeric_columns_are_plain_numbers()
    {
        var row = OnlyRow(OneFinding(f => f));

        row["score"].Should().Be("8.1");
        row["baseScore"].Should().Be("7.4");
        row["line"].Should().Be("12");
        OnlyRowText(OneFinding(f => f)).Should().Contain(",8.1,7.4,").And.Contain(",12,");
    }

    [Test]
    public void A_negative_looking_text_value_is_neutralised_but_numbers_never_are()
    {
        CsvField.Text("-5").Should().Be("\"'-5\"");
        CsvField.Raw("-5").Should().Be("-5");
        CsvField.Raw("0.0").Should().Be("0.0");
    }

    [Test]
    public void Control_characters_are_replaced()
    {
        OnlyRow(OneFinding(f => f with { Message = "bell\u0007nul\u0000" }))["message"].Should().Be("bell\uFFFDnul\uFFFD");
    }

    [Test]
    public void Output_is_deterministic()
    {
        WriterOutput.Bytes(Writer, SampleResults.Realistic()).Should().Equal(WriterOutput.Bytes(Writer, SampleResults.Realistic()));
    }

    [Test]
    public void An_empty_result_is_the_header_alone()
    {
        WriterOutput.Text(Writer, new ScanResultBuilder().Build()).Should().Be(Header + "\r\n");
    }
}
