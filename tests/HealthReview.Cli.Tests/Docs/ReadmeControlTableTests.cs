using HealthReview.Cli;
using HealthReview.Engine.Rules;

namespace HealthReview.Cli.Tests.Docs;

public sealed class ReadmeControlTableTests
{
    [Test]
    public void The_readme_control_table_matches_the_rule_files()
    {
        var (catalog, errors) = RuleCatalogLoader.Load();
        errors.Should().BeEmpty();
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        const string Begin = "<!-- controls:begin -->\n";
        const string End = "<!-- controls:end -->";
        var start = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        start.Should().BePositive("the README marks the generated control table");
        var inReadme = readme[(start + Begin.Length)..end];

        inReadme.Should().Be(ControlTable.Render(catalog!), "regenerate it with: healthreview rules list --markdown");
    }

    [Test]
    public void The_control_table_lists_every_rule_once()
    {
        var (catalog, _) = RuleCatalogLoader.Load();
        var table = ControlTable.Render(catalog!);

        foreach (var rule in catalog!.Rules)
        {
            table.Split('\n').Count(line => line.StartsWith($"| `{rule.Id}` |", StringComparison.Ordinal)).Should().Be(1, rule.Id);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HealthReview.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("HealthReview.sln not found above the test folder");
    }
}
