using System.Text;
using HealthReview.Core.Model;
using HealthReview.Core.Results;
using HealthReview.Reporting.Csv;
using HealthReview.Reporting.Json;
using HealthReview.Reporting.Junit;
using HealthReview.Reporting.Markdown;
using HealthReview.Reporting.Output;
using HealthReview.Reporting.Sarif;
using HealthReview.Reporting.Tests.Support;

namespace HealthReview.Reporting.Tests.EndToEnd;

/// <summary>What every machine-readable writer promises: stable bytes, UTF-8 without BOM, the contract's names, files written atomically.</summary>
public sealed class AllWritersTests
{
    private static IEnumerable<IReportWriter> Writers() =>
        [new SarifReportWriter(), new JunitReportWriter(), new CsvReportWriter(), new MarkdownReportWriter()];

    private static ScanResult Hostile()
    {
        const string text = "=cmd|' /C calc'!A0 <img src=x onerror=alert(1)> \"quoted\", `tick` | pipe \u0000\u0007 \ud83d\ude00 \ud800";
        return new ScanResultBuilder()
            .App(text, AppKind.ExternalClientApp, "force-app/" + text + ".xml")
            .Rule(ScanResultBuilder.RuleOf("R-1", text, 9.8, AppKind.ExternalClientApp))
            .Finding(ScanResultBuilder.FindingOf("R-1", text, AppKind.ExternalClientApp, FindingStatus.Fail, 9.8, "force-app/" + text + ".xml", 2) with { Message = text, Expected = text, Actual = text, Reasons = [text] })
            .Finding(ScanResultBuilder.FindingOf("R-1", "Org", AppKind.Org, FindingStatus.NotEvaluated, 9.8) with { Message = text, Reasons = [text] })
            .Build();
    }

    [Test]
    public void Formats_and_file_names_follow_the_contract()
    {
        Writers().Select(w => (w.Format, w.FileName)).Should().Equal(
            ("sarif", "results.sarif"), ("junit", "junit.xml"), ("csv", "findings.csv"), ("markdown", "summary.md"));
        Writers().Append(new JsonReportWriter()).Select(w => w.Format).Should().OnlyHaveUniqueItems();
    }

    [TestCaseSource(nameof(Writers))]
    public void Same_result_gives_identical_bytes(IReportWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var result in new[] { SampleResults.Realistic(), Hostile(), new ScanResultBuilder().Build() })
        {
            WriterOutput.Bytes(writer, result).Should().Equal(WriterOutput.Bytes(writer, result), writer.Format);
        }
    }

    [TestCaseSource(nameof(Writers))]
    public void Hostile_text_gives_valid_UTF8_without_BOM_and_the_right_line_ends(IReportWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var text = WriterOutput.Text(writer, Hostile());

        // JSON writes characters outside the Basic Multilingual Plane as a \u surrogate-pair escape.
        text.Should().Contain(writer is SarifReportWriter ? "\\uD83D\\uDE00" : "😀");
        if (writer is CsvReportWriter)
        {
            text.Should().EndWith("\r\n");
        }
        else
        {
            text.Should().NotContain("\r").And.EndWith("\n");
        }
    }

    [TestCaseSource(nameof(Writers))]
    public void Writes_into_the_output_folder_atomically(IReportWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var folder = Path.Combine(Path.GetTempPath(), "healthreview-writers-" + Guid.NewGuid().ToString("N"));
        try
        {
            var target = Path.Combine(folder, writer.FileName);
            AtomicFileWriter.Write(target, stream => writer.Write(SampleResults.Realistic(), stream));

            File.ReadAllBytes(target).Should().Equal(WriterOutput.Bytes(writer, SampleResults.Realistic()));
            Directory.GetFiles(folder).Should().ContainSingle();
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Test]
    public void Writers_do_not_close_the_stream_they_are_given()
    {
        foreach (var writer in Writers())
        {
            using var stream = new MemoryStream();
            writer.Write(SampleResults.Realistic(), stream);

            stream.CanWrite.Should().BeTrue(writer.Format);
            Encoding.UTF8.GetString(stream.ToArray()).Should().NotBeEmpty();
        }
    }
}
