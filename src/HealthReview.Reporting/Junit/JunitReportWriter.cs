using System.Globalization;
using System.Text;
using System.Xml;
using HealthReview.Core.Inputs;
using HealthReview.Core.Model;
using HealthReview.Core.Results;
using HealthReview.Reporting.Common;

namespace HealthReview.Reporting.Junit;

/// <summary>
/// junit.xml in the common JUnit schema that Jenkins, GitLab and most CI servers read: one test suite per app (and one
/// for the org), one test case per control. Open findings fail with their evidence; notApplicable and notEvaluated are
/// skipped with the reason; waived findings pass with a note. Unreadable input files, if any, are errors in a suite of
/// their own.
/// </summary>
public sealed class JunitReportWriter : IReportWriter
{
    public const string InputsSuite = "inputs";

    public string Format => "junit";

    public string FileName => "junit.xml";

    public void Write(ScanResult result, Stream output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var rules = new RuleIndex(result.Rules);
        var scores = new Dictionary<(string, AppKind), PostureScore>();
        foreach (var app in result.Summary?.Apps ?? [])
        {
            scores.TryAdd((app.App, app.Kind), app.Score);
        }

        var suites = result.Findings
            .GroupBy(f => (f.App, f.AppKind))
            .OrderBy(g => g.Key.AppKind == AppKind.Org ? 1 : 0)
            .ThenBy(g => g.Key.App, StringComparer.Ordinal)
            .ThenBy(g => g.Key.AppKind)
            .Select(g => (g.Key.App, g.Key.AppKind, Findings: g.OrderBy(f => f.RuleId, StringComparer.Ordinal).ToList()))
            .ToList();
        var inputErrors = result.Snapshot.Inputs.Where(i => i.Status == InputStatus.Error).ToList();
        var timestamp = result.GeneratedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            CloseOutput = false,
        };
        using (var xml = XmlWriter.Create(output, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "HealthReview");
            Counts(xml, result.Findings, inputErrors.Count);

            foreach (var (app, kind, findings) in suites)
            {
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", XmlText.OneLine(kind + "/" + app));
                Counts(xml, findings, 0);
                xml.WriteAttributeString("timestamp", timestamp);
                xml.WriteStartElement("properties");
                Property(xml, "app", app);
                Property(xml, "appKind", kind.ToString());
                if (scores.TryGetValue((app, kind), out var score))
                {
                    Property(xml, "score", score.Score is { } s ? ReportText.Score(s) : "none");
                    Property(xml, "grade", score.Grade);
                }

                xml.WriteEndElement();
                foreach (var finding in findings)
                {
                    TestCase(xml, finding, rules);
                }

                xml.WriteEndElement();
            }

            if (inputErrors.Count > 0)
            {
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", InputsSuite);
                xml.WriteAttributeString("tests", ReportText.Integer(inputErrors.Count));
                xml.WriteAttributeString("failures", "0");
                xml.WriteAttributeString("errors", ReportText.Integer(inputErrors.Count));
                xml.WriteAttributeString("skipped", "0");
                xml.WriteAttributeString("time", "0");
                xml.WriteAttributeString("timestamp", timestamp);
                foreach (var input in inputErrors)
                {
                    xml.WriteStartElement("testcase");
                    xml.WriteAttributeString("classname", "healthreview." + InputsSuite);
                    xml.WriteAttributeString("name", XmlText.OneLine(input.Path));
                    xml.WriteAttributeString("time", "0");
                    xml.WriteStartElement("error");
                    xml.WriteAttributeString("message", XmlText.OneLine(input.Message ?? "the file could not be read"));
                    xml.WriteAttributeString("type", "inputError");
                    xml.WriteString(XmlText.Clean(input.Line is { } line ? $"{input.Path}:{ReportText.Integer(line)}: {input.Message}" : $"{input.Path}: {input.Message}"));
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        output.WriteByte((byte)'\n');
    }

    /// <summary>The test case's class name: <c>healthreview.&lt;AppKind&gt;.&lt;App&gt;</c>.</summary>
    public static string ClassName(AppKind kind, string app) => XmlText.OneLine($"healthreview.{kind}.{app}");

    private static void Counts(XmlWriter xml, IReadOnlyCollection<Finding> findings, int errors)
    {
        xml.WriteAttributeString("tests", ReportText.Integer(findings.Count + errors));
        xml.WriteAttributeString("failures", ReportText.Integer(findings.Count(f => f.Status == FindingStatus.Fail)));
        xml.WriteAttributeString("errors", ReportText.Integer(errors));
        xml.WriteAttributeString("skipped", ReportText.Integer(findings.Count(f => f.Status is FindingStatus.NotApplicable or FindingStatus.NotEvaluated)));
        xml.WriteAttributeString("time", "0");
    }

    private static void Property(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("property");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("value", XmlText.OneLine(value));
        xml.WriteEndElement();
    }

    private static void TestCase(XmlWriter xml, Finding finding, RuleIndex rules)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", ClassName(finding.AppKind, finding.App));
        xml.WriteAttributeString("name", XmlText.OneLine(finding.RuleId + " " + rules.Title(finding.RuleId)));
        xml.WriteAttributeString("time", "0");
        switch (finding.Status)
        {
            case FindingStatus.Fail:
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("message", XmlText.OneLine(finding.Message));
                xml.WriteAttributeString("type", ReportText.SeverityWord(finding.Severity));
                xml.WriteString(XmlText.Clean(Evidence(finding, rules)));
                xml.WriteEndElement();
                break;
            case FindingStatus.NotApplicable or FindingStatus.NotEvaluated:
                xml.WriteStartElement("skipped");
                xml.WriteAttributeString("message", XmlText.OneLine((finding.Status == FindingStatus.NotApplicable ? "Not applicable: " : "Not evaluated: ") + SkipReason(finding)));
                xml.WriteEndElement();
                break;
            case FindingStatus.Waived:
                xml.WriteElementString("system-out", XmlText.Clean(WaiverNote(finding)));
                break;
        }

        xml.WriteEndElement();
    }

    private static string SkipReason(Finding finding) =>
        finding.Reasons.Count > 0 && finding.Status == FindingStatus.NotEvaluated
            ? string.Join(" ", finding.Reasons)
            : finding.Message;

    /// <summary>What a failing test case prints: severity and score, expected against actual, where, why, how to fix.</summary>
    private static string Evidence(Finding finding, RuleIndex rules)
    {
        var text = new StringBuilder();
        text.Append(finding.Message).Append('\n');
        text.Append("Severity: ").Append(ReportText.SeverityWord(finding.Severity));
        if (finding.Cvss is { } cvss)
        {
            text.Append(" (CVSS ").Append(ReportText.Score(cvss.Score)).Append(", base ").Append(ReportText.Score(cvss.BaseScore)).Append(", ").Append(cvss.ContextualVector).Append(')');
        }

        text.Append('\n');
        if (finding.Expected is not null || finding.Actual is not null)
        {
            text.Append("Expected: ").Append(finding.Expected ?? "—").Append('\n');
            text.Append("Actual: ").Append(finding.Actual ?? "—").Append('\n');
        }

        if (finding.Location is { } location)
        {
            text.Append("Location: ").Append(ReportText.Where(location)).Append('\n');
        }

        if (finding.Baseline is { } baseline)
        {
            text.Append("Baseline: ").Append(ReportText.BaselineWord(baseline)).Append('\n');
        }

        if (finding.Reasons.Count > 0)
        {
            text.Append("Reasons:\n");
            foreach (var reason in finding.Reasons)
            {
                text.Append("- ").Append(reason).Append('\n');
            }
        }

        if (rules.Kind(finding.RuleId, finding.AppKind) is { } kind)
        {
            if (kind.Setup is { } setup)
            {
                text.Append("Remediation (Setup): ").Append(setup).Append('\n');
            }

            if (kind.MetadataChange is { } change)
            {
                text.Append("Metadata change").Append(kind.MetadataFile is { } file ? " in " + file : string.Empty).Append(":\n");
                text.Append(change.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n')).Append('\n');
            }
        }

        return text.ToString().TrimEnd('\n');
    }

    private static string WaiverNote(Finding finding)
    {
        var note = new StringBuilder("Waived: ").Append(finding.Message);
        if (finding.Acceptance is { } acceptance)
        {
            note.Append("\nRisk accepted by ").Append(acceptance.Owner).Append(" until ").Append(ReportText.Date(acceptance.Expires)).Append(": ").Append(acceptance.Reason);
        }

        if (finding.Cvss is { } cvss)
        {
            note.Append("\nSeverity if not accepted: ").Append(ReportText.SeverityWord(finding.Severity)).Append(" (CVSS ").Append(ReportText.Score(cvss.Score)).Append(')');
        }

        return note.ToString();
    }
}
