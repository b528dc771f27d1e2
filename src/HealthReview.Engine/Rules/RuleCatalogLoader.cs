using System.Text;
using HealthReview.Engine.Yaml;

namespace HealthReview.Engine.Rules;

/// <summary>
/// Loads the built-in pack (embedded in the program) and, optionally, a folder of user rules that add to it or replace
/// rules by id. Every problem in every file is collected, so one run shows them all.
/// </summary>
public static class RuleCatalogLoader
{
    private const string ResourcePrefix = "rules/";

    /// <summary>The built-in pack; a broken embedded rule is a bug, reported like any other load error.</summary>
    public static (RuleCatalog? Catalog, IReadOnlyList<DefinitionException> Errors) Load(string? userRulesDirectory = null)
    {
        var errors = new List<DefinitionException>();
        var builtIn = ParseAll(EmbeddedRuleFiles(), errors);
        var rules = builtIn.ToDictionary(r => r.Id, StringComparer.Ordinal);
        if (userRulesDirectory is not null)
        {
            foreach (var rule in LoadDirectory(userRulesDirectory, errors))
            {
                rules[rule.Id] = rule;
            }
        }

        return errors.Count > 0 ? (null, errors) : (new RuleCatalog(rules.Values), errors);
    }

    /// <summary>Validates a folder of rule files on its own (<c>rules validate DIR</c>).</summary>
    public static (IReadOnlyList<RuleDefinition> Rules, IReadOnlyList<DefinitionException> Errors) Validate(string directory)
    {
        var errors = new List<DefinitionException>();
        var rules = LoadDirectory(directory, errors);
        return (rules, errors);
    }

    public static IEnumerable<(string Source, string Text)> EmbeddedRuleFiles()
    {
        var assembly = typeof(RuleCatalogLoader).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            yield return ("built-in:" + name, reader.ReadToEnd());
        }
    }

    private static List<RuleDefinition> LoadDirectory(string directory, List<DefinitionException> errors)
    {
        if (!Directory.Exists(directory))
        {
            errors.Add(new DefinitionException(directory, 0, "no such folder"));
            return [];
        }

        var files = Directory.EnumerateFiles(directory, "*.*", SearchOption.TopDirectoryOnly)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => (Source: f.Replace('\\', '/'), Text: File.ReadAllText(f, Encoding.UTF8)))
            .ToList();
        if (files.Count == 0)
        {
            errors.Add(new DefinitionException(directory, 0, "no .yaml rule files in this folder"));
        }

        return ParseAll(files, errors);
    }

    private static List<RuleDefinition> ParseAll(IEnumerable<(string Source, string Text)> files, List<DefinitionException> errors)
    {
        var result = new List<RuleDefinition>();
        foreach (var (source, text) in files)
        {
            try
            {
                var rule = RuleFileParser.Parse(text, source);
                if (result.FirstOrDefault(r => r.Id == rule.Id) is { } other)
                {
                    errors.Add(new DefinitionException(source, 1, $"duplicate id '{rule.Id}' (also in {other.Source})"));
                    continue;
                }

                result.Add(rule);
            }
            catch (DefinitionException ex)
            {
                errors.Add(ex);
            }
        }

        return result;
    }
}
