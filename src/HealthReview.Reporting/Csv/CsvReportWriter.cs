using System.Text;
using HealthReview.Core.Results;
using HealthReview.Reporting.Common;

namespace HealthReview.Reporting.Csv;

/// <summary>
/// findings.csv: one row per finding, every status, in the order of results.json. RFC 4180 (CRLF line ends, a header
/// row, quoting where needed), UTF-8 without a byte-order mark, and cells neutralised against formula injection.
/// </summary>
public sealed class CsvReportWriter : IReportWriter
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "app", "appKind", "ruleId", "title", "status", "severity", "score", "baseScore", "vector", "expected", "actual",
        "file", "line", "message", "baseline", "acceptanceOwner", "acceptanceExpires",
    ];

    public string Format => "csv";

    public string FileName => "findings.csv";

    public void Write(ScanResult result, Stream output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var rules = new RuleIndex(result.Rules);
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 65536, leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(',', Columns));
        foreach (var finding in result.Findings)
        {
            writer.WriteLine(string.Join(',', Row(finding, rules)));
        }
    }

    private static IEnumerable<string> Row(Finding finding, RuleIndex rules)
    {
        yield return CsvField.Text(finding.App);
        yield return CsvField.Text(finding.AppKind.ToString());
        yield return CsvField.Text(finding.RuleId);
        yield return CsvField.Text(rules.Title(finding.RuleId));
        yield return CsvField.Text(ReportText.StatusWord(finding.Status));
        yield return CsvField.Text(ReportText.SeverityWord(finding.Severity));
        yield return CsvField.Raw(finding.Cvss is { } cvss ? ReportText.Score(cvss.Score) : null);
        yield return CsvField.Raw(finding.Cvss is { } baseCvss ? ReportText.Score(baseCvss.BaseScore) : null);
        yield return CsvField.Text(finding.Cvss?.ContextualVector);
        yield return CsvField.Text(finding.Expected);
        yield return CsvField.Text(finding.Actual);
        yield return CsvField.Text(finding.Location?.Path);
        yield return CsvField.Raw(finding.Location?.Line is { } line ? ReportText.Integer(line) : null);
        yield return CsvField.Text(finding.Message);
        yield return CsvField.Text(finding.Baseline is { } baseline ? ReportText.BaselineWord(baseline) : null);
        yield return CsvField.Text(finding.Acceptance?.Owner);
        yield return CsvField.Raw(finding.Acceptance is { } acceptance ? ReportText.Date(acceptance.Expires) : null);
    }
}
