using HealthReview.Engine.Config;
using HealthReview.Engine.Rules;
using HealthReview.Engine.Yaml;

namespace HealthReview.Cli;

/// <summary>Loads the rule catalogue and the config file, turning their problems into the right exit codes.</summary>
public static class RuleSetup
{
    public static RuleCatalog LoadCatalog(string? userRules, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var (catalog, errors) = RuleCatalogLoader.Load(userRules);
        if (catalog is not null)
        {
            return catalog;
        }

        foreach (var problem in errors)
        {
            error.WriteLine($"healthreview: {problem.Message}");
        }

        // A broken built-in rule is our bug (exit 4); a broken user rule is a usage error (exit 2).
        if (errors.All(e => e.File?.StartsWith("built-in:", StringComparison.Ordinal) == true))
        {
            throw new InternalFailureException("the built-in rule pack failed to load");
        }

        throw new UsageException($"{errors.Count} problem{(errors.Count == 1 ? string.Empty : "s")} in the rule files");
    }

    public static ScanConfig LoadConfig(string? path, RuleCatalog catalog)
    {
        if (path is null)
        {
            return ScanConfig.Empty;
        }

        try
        {
            return ScanConfigLoader.Load(path, catalog);
        }
        catch (DefinitionException ex)
        {
            throw new UsageException($"invalid config file: {ex.Message}", ex);
        }
    }
}
