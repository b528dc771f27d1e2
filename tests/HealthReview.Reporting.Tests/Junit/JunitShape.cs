using System.Xml.Linq;

namespace HealthReview.Reporting.Tests.Junit;

/// <summary>
/// The common JUnit report structure (as Jenkins' junit.xsd describes it, which GitLab's parser also accepts): which
/// elements and attributes may appear where, and in which order. Returns the problems found, none when it conforms.
/// </summary>
public static class JunitShape
{
    // Jenkins' schema has no 'skipped' on <testsuites>; its parser ignores unknown attributes, and GitLab and others read it.
    private static readonly string[] SuitesAttributes = ["name", "time", "tests", "failures", "disabled", "errors", "skipped"];
    private static readonly string[] SuiteAttributes = ["name", "tests", "failures", "errors", "time", "disabled", "skipped", "timestamp", "hostname", "id", "package", "file", "log", "url", "version"];
    private static readonly string[] CaseAttributes = ["name", "assertions", "time", "classname", "status", "class", "file", "line"];

    // Allowed children of <testcase>, in schema order.
    private static readonly string[] CaseChildren = ["skipped", "error", "failure", "system-out", "system-err"];
    private static readonly string[] SuiteChildren = ["properties", "testcase", "system-out", "system-err"];

    public static IReadOnlyList<string> Problems(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = new List<string>();
        var root = document.Root!;
        if (root.Name != "testsuites")
        {
            return [$"root is <{root.Name}>, not <testsuites>"];
        }

        Attributes(root, SuitesAttributes, [], problems);
        foreach (var child in root.Elements().Where(e => e.Name != "testsuite"))
        {
            problems.Add($"<testsuites> may not hold <{child.Name}>");
        }

        foreach (var suite in root.Elements("testsuite"))
        {
            Attributes(suite, SuiteAttributes, ["name", "tests"], problems);
            Order(suite, SuiteChildren, problems);
            foreach (var property in suite.Elements("properties").Elements())
            {
                if (property.Name != "property" || property.Attribute("name") is null || property.Attribute("value") is null)
                {
                    problems.Add($"bad property {property}");
                }
            }

            foreach (var testCase in suite.Elements("testcase"))
            {
                Attributes(testCase, CaseAttributes, ["name"], problems);
                Order(testCase, CaseChildren, problems);
                if (testCase.Elements("skipped").Count() > 1)
                {
                    problems.Add("more than one <skipped>");
                }

                foreach (var outcome in testCase.Elements().Where(e => e.Name == "failure" || e.Name == "error" || e.Name == "skipped"))
                {
                    Attributes(outcome, outcome.Name == "skipped" ? ["message"] : ["message", "type"], [], problems);
                }
            }

            foreach (var number in new[] { "tests", "failures", "errors", "skipped" })
            {
                if (suite.Attribute(number) is { } value && !int.TryParse(value.Value, out _))
                {
                    problems.Add($"{number}='{value.Value}' is not an integer");
                }
            }
        }

        return problems;
    }

    private static void Attributes(XElement element, string[] allowed, string[] required, List<string> problems)
    {
        foreach (var attribute in element.Attributes().Where(a => !allowed.Contains(a.Name.LocalName)))
        {
            problems.Add($"<{element.Name}> may not have '{attribute.Name}'");
        }

        foreach (var name in required.Where(n => element.Attribute(n) is null))
        {
            problems.Add($"<{element.Name}> needs '{name}'");
        }
    }

    private static void Order(XElement element, string[] order, List<string> problems)
    {
        var last = -1;
        foreach (var child in element.Elements())
        {
            var index = Array.IndexOf(order, child.Name.LocalName);
            if (index < 0)
            {
                problems.Add($"<{element.Name}> may not hold <{child.Name}>");
            }
            else if (index < last)
            {
                problems.Add($"<{child.Name}> is out of order in <{element.Name}>");
            }
            else
            {
                last = index;
            }
        }
    }
}
