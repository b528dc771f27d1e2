using HealthReview.Engine.Rules;
using HealthReview.Engine.Tests.Support;
using HealthReview.Engine.Yaml;

namespace HealthReview.Engine.Tests.Rules;

/// <summary>
/// docs/rule-format.md: "Unknown keys, a misspelt field or operator, a threshold name that is not declared, a CVSS vector
/// whose score falls outside the declared range, a duplicate id: each is a load error with the file and line."
/// </summary>
public class RuleFileErrorTests
{
    private const string File = "custom/CUSTOM-PKCE.yaml";

    public static IEnumerable<TestCaseData> Broken()
    {
        TestCaseData Case(string name, string from, string to, string offendingText, string mentions) =>
            new TestCaseData(from, to, offendingText, mentions).SetArgDisplayNames(name);

        yield return Case("a misspelt field", "field: pkceRequired", "field: pkceRequird", "pkceRequird", "pkceRequird");
        yield return Case("an unknown operator (reported at its condition)", "equals: true", "equal: true", "field: pkceRequired", "needs exactly one operator");
        yield return Case("an unknown top-level key", "recommended: Require PKCE.", "recommended: Require PKCE.\nseverity: high", "severity: high", "severity");
        yield return Case("an unknown key inside text", "  lowRiskWhen: Low risk when.", "  lowRiskWhen: Low risk when.\n  lowRisk: typo", "lowRisk: typo", "lowRisk");
        yield return Case("a wrong enum value in a condition", "field: pkceRequired\n  equals: true", "field: ipRelaxation\n  equals: Sometimes", "equals: Sometimes", "Sometimes");
        yield return Case("a wrong enum value in a default", "ConnectedApp: { pkceRequired: false }", "ConnectedApp: { ipRelaxation: Sometimes }", "ipRelaxation: Sometimes", "Sometimes");
        yield return Case("a field of the wrong kind", "field: pkceRequired\n  equals: true", "field: permittedUsers\n  equals: AllSelfAuthorized", "field: permittedUsers", "permittedUsers");
        yield return Case("a vector that scores outside its range", "ConnectedApp: CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N", "ConnectedApp: CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "9.8");
        yield return Case("an invalid vector", "ConnectedApp: CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N", "ConnectedApp: CVSS:3.1/AV:X/AC:H", "AV:X/AC:H", "CVSS");
        yield return Case("an undeclared threshold", "field: pkceRequired\n  equals: true", "field: idToken.validityMinutes\n  atMost: { threshold: maxDays }", "maxDays", "maxDays");
        yield return Case("an unknown named check", "field: pkceRequired\n  equals: true", "named: callbackUrlsSafeish", "callbackUrlsSafeish", "callbackUrlsSafeish");
        yield return Case("an unknown CVSS environmental metric", "metrics: { CR: H }", "metrics: { XX: H }", "XX: H", "XX");
        yield return Case("an unknown app kind", "appliesTo: [ExternalClientApp, ConnectedApp]", "appliesTo: [ExternalClientApp, Mainframe]", "Mainframe", "Mainframe");
        yield return Case("a lower-case id", "id: CUSTOM-PKCE", "id: custom-pkce", "id: custom-pkce", "custom-pkce");
    }

    [TestCaseSource(nameof(Broken))]
    public void A_broken_rule_file_is_a_load_error_with_the_file_and_the_line(string from, string to, string offendingText, string mentions)
    {
        var valid = RuleYaml.Minimal();
        valid.Should().Contain(from);
        var broken = valid.Replace(from, to, StringComparison.Ordinal);

        var error = FluentActions.Invoking(() => RuleFileParser.Parse(broken, File)).Should().Throw<DefinitionException>().Which;

        error.File.Should().Be(File);
        error.Line.Should().Be(RuleYaml.LineOf(broken, offendingText), error.Message);
        error.Message.Should().StartWith($"{File}:{error.Line}: ").And.Contain(mentions);
    }

    [Test]
    public void The_unbroken_rule_loads()
    {
        var rule = RuleFileParser.Parse(RuleYaml.Minimal(), File);

        rule.Id.Should().Be("CUSTOM-PKCE");
        rule.Source.Should().Be(File);
        rule.Sha256.Should().MatchRegex("^[0-9a-f]{64}$");
    }

    [Test]
    public void Invalid_YAML_is_a_load_error_with_the_line()
    {
        var broken = RuleYaml.Minimal().Replace("title: PKCE is required (custom)", "title: [unclosed", StringComparison.Ordinal);

        var error = FluentActions.Invoking(() => RuleFileParser.Parse(broken, File)).Should().Throw<DefinitionException>().Which;

        error.File.Should().Be(File);
        error.Line.Should().BeGreaterThan(0);
        error.Message.Should().Contain("not valid YAML");
    }

    [Test]
    public void A_duplicate_id_in_a_folder_is_a_load_error_naming_both_files()
    {
        var folder = Directory.CreateTempSubdirectory("healthreview-rules-").FullName;
        try
        {
            System.IO.File.WriteAllText(Path.Combine(folder, "a.yaml"), RuleYaml.Minimal());
            System.IO.File.WriteAllText(Path.Combine(folder, "b.yaml"), RuleYaml.Minimal(title: "Another title"));

            var (rules, errors) = RuleCatalogLoader.Validate(folder);

            rules.Should().ContainSingle();
            var error = errors.Should().ContainSingle().Which;
            error.File.Should().EndWith("/b.yaml");
            error.Line.Should().Be(RuleYaml.LineOf(RuleYaml.Minimal(), "id: CUSTOM-PKCE"));
            error.Message.Should().Contain("duplicate id 'CUSTOM-PKCE'").And.Contain("a.yaml");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Every_problem_in_a_folder_is_reported_in_one_run()
    {
        var folder = Directory.CreateTempSubdirectory("healthreview-rules-").FullName;
        try
        {
            System.IO.File.WriteAllText(Path.Combine(folder, "one.yaml"), RuleYaml.Minimal("RULE-ONE").Replace("field: pkceRequired", "field: pkce", StringComparison.Ordinal));
            System.IO.File.WriteAllText(Path.Combine(folder, "two.yaml"), RuleYaml.Minimal("RULE-TWO").Replace("equals: true", "equalz: true", StringComparison.Ordinal));

            var (_, errors) = RuleCatalogLoader.Load(folder);

            errors.Select(e => Path.GetFileName(e.File)).Should().BeEquivalentTo(["one.yaml", "two.yaml"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void A_missing_rules_folder_is_a_load_error()
    {
        var (catalog, errors) = RuleCatalogLoader.Load(Path.Combine(Path.GetTempPath(), "healthreview-no-such-rules-" + Guid.NewGuid().ToString("N")));

        catalog.Should().BeNull();
        errors.Should().ContainSingle().Which.Message.Should().Contain("no such folder");
    }
}
