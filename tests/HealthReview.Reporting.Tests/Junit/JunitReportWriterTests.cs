using System.Text;
using System.Xml.Linq;
using HealthReview.Core.Model;
using HealthReview.Core.Results;
using HealthReview.Reporting.Junit;
using HealthReview.Reporting.Tests.Support;

namespace HealthReview.Reporting.Tests.Junit;

public sealed class JunitReportWriterTests
{
    private static readonly JunitReportWriter Writer = new();

    private static XDocument Parse(ScanResult result) => XDocument.Parse(WriterOutput.Text(Writer, result));

    private static XElement Case(XDocument document, string ruleId, string classname) =>
        document.Descendants("testcase").Single(c => c.Attribute("classname")!.Value == classname && c.Attribute("name")!.Value.StartsWith(ruleId + " ", StringComparison.Ordinal));

    private static int Number(XElement element, string attribute) => int.Parse(element.Attribute(attribute)!.Value, System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public void Names_the_format_and_file()
    {
        Writer.Format.Should().Be("junit");
        Writer.FileName.Should().Be("junit.xml");
    }

    [Test]
    public void Follows_the_common_JUnit_structure()
    {
        var document = Parse(SampleResults.Realistic());

        JunitShape.Problems(document).Should().BeEmpty();
    }

    [Test]
    public void Counts_tests_failures_skips_and_errors()
    {
        var root = Parse(SampleResults.Realistic()).Root!;

        root.Attribute("name")!.Value.Should().Be("HealthReview");
        Number(root, "tests").Should().Be(9, "8 findings and 1 unreadable input");
        Number(root, "failures").Should().Be(4, "the open findings: a waived one passes");
        Number(root, "skipped").Should().Be(2, "one notApplicable, one notEvaluated");
        Number(root, "errors").Should().Be(1);
        root.Attribute("time")!.Value.Should().Be("0");
        foreach (var name in new[] { "tests", "failures", "skipped", "errors" })
        {
            root.Elements("testsuite").Sum(s => Number(s, name)).Should().Be(Number(root, name), name);
        }

        foreach (var suite in root.Elements("testsuite"))
        {
            Number(suite, "tests").Should().Be(suite.Elements("testcase").Count());
            Number(suite, "failures").Should().Be(suite.Elements("testcase").Count(c => c.Element("failure") is not null));
            Number(suite, "skipped").Should().Be(suite.Elements("testcase").Count(c => c.Element("skipped") is not null));
            Number(suite, "errors").Should().Be(suite.Elements("testcase").Count(c => c.Element("error") is not null));
        }
    }

    [Test]
    public void Without_input_errors_there_are_no_errors_and_no_inputs_suite()
    {
        var result = new ScanResultBuilder()
            .App("A", AppKind.ConnectedApp, "a.xml")
            .Rule("R-1", "R", 5)
            .Finding(ScanResultBuilder.FindingOf("R-1", "A", AppKind.ConnectedApp, FindingStatus.Fail, 5, "a.xml", 1))
            .Build();

        var root = Parse(result).Root!;

        root.Attribute("errors")!.Value.Should().Be("0");
        root.Elements("testsuite").Select(s => s.Attribute("name")!.Value).Should().Equal("ConnectedApp/A");
    }

    [Test]
    public void Has_one_suite_per_app_then_the_org_then_unreadable_inputs()
    {
        var root = Parse(SampleResults.Realistic()).Root!;

        root.Elements("testsuite").Select(s => s.Attribute("name")!.Value).Should().Equal(
            "ExternalClientApp/Acme_Customer_Portal", "ConnectedApp/Acme_Mobile_App", "ExternalClientApp/Field_Service_Mobile", "Org/Org", "inputs");
        var portal = root.Elements("testsuite").First();
        portal.Element("properties")!.Elements("property").Select(p => (p.Attribute("name")!.Value, p.Attribute("value")!.Value))
            .Should().Contain([("app", "Acme_Customer_Portal"), ("appKind", "ExternalClientApp")]);
        portal.Attribute("timestamp")!.Value.Should().Be("2026-11-23T00:00:00");
    }

    [Test]
    public void Each_finding_is_a_test_case_named_by_rule_and_title()
    {
        var document = Parse(SampleResults.Realistic());

        var testCase = Case(document, "PKCE-REQUIRED", "healthreview.ConnectedApp.Acme_Mobile_App");

        testCase.Attribute("name")!.Value.Should().Be("PKCE-REQUIRED PKCE is required");
        testCase.Attribute("time")!.Value.Should().Be("0");
    }

    [Test]
    public void An_open_finding_fails_with_its_evidence()
    {
        var failure = Case(Parse(SampleResults.Realistic()), "PKCE-REQUIRED", "healthreview.ConnectedApp.Acme_Mobile_App").Element("failure")!;

        failure.Attribute("type")!.Value.Should().Be("high");
        failure.Attribute("message")!.Value.Should().Be("Not met: PKCE-REQUIRED. isPkceRequired is false.");
        failure.Value.Should().Contain("Severity: high (CVSS 8.1, base 7.4, CVSS:3.1/")
            .And.Contain("Expected: true\nActual: false")
            .And.Contain("Location: " + SampleResults.MobileFile + ":12")
            .And.Contain("- isPkceRequired is false (line 12).")
            .And.Contain("Remediation (Setup): Setup → ConnectedApp → (app) → Edit → PKCE is required")
            .And.Contain("<isPkceRequired>true</isPkceRequired>")
            .And.Contain("Baseline: new");
    }

    [Test]
    public void Not_evaluated_and_not_applicable_findings_are_skipped_with_the_reason()
    {
        var document = Parse(SampleResults.Realistic());

        var notEvaluated = Case(document, "REFRESH-IP-ALLOWLIST", "healthreview.ExternalClientApp.Acme_Customer_Portal");
        notEvaluated.Element("skipped")!.Attribute("message")!.Value.Should().Be("Not evaluated: The export has no ecaGlblOauth file for this app: retrieve ExtlClntAppGlobalOauthSettings.");
        notEvaluated.Element("failure").Should().BeNull();
        var notApplicable = Case(document, "PKCE-REQUIRED", "healthreview.ExternalClientApp.Field_Service_Mobile");
        notApplicable.Element("skipped")!.Attribute("message")!.Value.Should().Be("Not applicable: OAuth is not enabled for this app, so it issues no tokens.");
    }

    [Test]
    public void A_waived_finding_passes_with_a_note()
    {
        var testCase = Case(Parse(SampleResults.Realistic()), "DEVICE-FLOW-DISABLED", "healthreview.ExternalClientApp.Field_Service_Mobile");

        testCase.Elements().Select(e => e.Name.LocalName).Should().Equal("system-out");
        testCase.Element("system-out")!.Value.Should().Contain("Waived:").And.Contain("Risk accepted by secops@example.com until 2027-03-31: Kiosk devices without a browser");
    }

    [Test]
    public void A_passing_finding_is_an_empty_test_case()
    {
        Case(Parse(SampleResults.Realistic()), "PKCE-REQUIRED", "healthreview.ExternalClientApp.Acme_Customer_Portal").Elements().Should().BeEmpty();
    }

    [Test]
    public void An_unreadable_input_is_an_error()
    {
        var suite = Parse(SampleResults.Realistic()).Root!.Elements("testsuite").Single(s => s.Attribute("name")!.Value == "inputs");

        var error = suite.Element("testcase")!.Element("error")!;
        error.Attribute("type")!.Value.Should().Be("inputError");
        error.Attribute("message")!.Value.Should().Contain("malformed");
        error.Value.Should().StartWith("force-app/main/default/connectedApps/Broken.connectedApp-meta.xml:7:");
    }

    [Test]
    public void Hostile_text_is_escaped_and_invalid_characters_replaced()
    {
        const string app = "<img src=x onerror=alert(1)>&\"'\u0000\u0001\u001f]]>\ud800";
        var result = new ScanResultBuilder()
            .App(app, AppKind.ConnectedApp, "a.xml")
            .Rule("R-1", "Title with <b>bold</b> & \u0007bell", 5, AppKind.ConnectedApp)
            .Finding(ScanResultBuilder.FindingOf("R-1", app, AppKind.ConnectedApp, FindingStatus.Fail, 5, "a.xml", 1) with
            {
                Message = "line one\nline two </failure><![CDATA[x]]> \u000b",
                Actual = "]]><script>",
            })
            .Build();

        var text = WriterOutput.Text(Writer, result);
        var document = XDocument.Parse(text);

        JunitShape.Problems(document).Should().BeEmpty();
        text.Should().NotContain("<img").And.NotContain("<script>").And.NotContain("<b>");
        var testCase = document.Descendants("testcase").Single();
        testCase.Attribute("classname")!.Value.Should().Be("healthreview.ConnectedApp.<img src=x onerror=alert(1)>&\"'\uFFFD\uFFFD\uFFFD]]>\uFFFD");
        testCase.Attribute("name")!.Value.Should().Be("R-1 Title with <b>bold</b> & \uFFFDbell");
        var failure = testCase.Element("failure")!;
        failure.Attribute("message")!.Value.Should().Be("line one line two </failure><![CDATA[x]]> \uFFFD");
        failure.Value.Should().Contain("Actual: ]]><script>");
        document.Root!.Element("testsuite")!.Attribute("name")!.Value.Should().StartWith("ConnectedApp/<img");
    }

    [Test]
    public void Starts_with_an_XML_declaration_and_is_deterministic_LF_UTF8()
    {
        var first = WriterOutput.Bytes(Writer, SampleResults.Realistic());
        var second = WriterOutput.Bytes(Writer, SampleResults.Realistic());

        second.Should().Equal(first);
        first.Should().NotContain((byte)'\r');
        first[^1].Should().Be((byte)'\n');
        Encoding.UTF8.GetString(first).Should().StartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<testsuites ");
    }

    [Test]
    public void An_empty_result_is_an_empty_testsuites()
    {
        var root = Parse(new ScanResultBuilder().Build()).Root!;

        root.Elements().Should().BeEmpty();
        root.Attribute("tests")!.Value.Should().Be("0");
    }

    [TestCase("a\u0000b", "a\uFFFDb")]
    [TestCase("tab\tok\r\n", "tab\tok\r\n")]
    [TestCase("emoji 😀 ok", "emoji 😀 ok")]
    [TestCase("\uFFFE", "\uFFFD")]
    public void Xml_text_keeps_what_XML_can_hold(string input, string expected) => XmlText.Clean(input).Should().Be(expected);

    [Test]
    public void Xml_text_replaces_lone_surrogates()
    {
        // Not a [TestCase]: attribute arguments cannot carry a lone surrogate.
        XmlText.Clean("lone \udc00 and \ud800").Should().Be("lone \uFFFD and \uFFFD");
        XmlText.Clean("pair \ud83d\ude00").Should().Be("pair \ud83d\ude00");
    }
}
