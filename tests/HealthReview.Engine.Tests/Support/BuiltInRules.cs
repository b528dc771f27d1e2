using HealthReview.Engine.Rules;

namespace HealthReview.Engine.Tests.Support;

/// <summary>The built-in catalogue (the rule files embedded in the engine), loaded once.</summary>
public static class BuiltInRules
{
    private static readonly Lazy<RuleCatalog> Loaded = new(() =>
    {
        var (catalog, errors) = RuleCatalogLoader.Load();
        return catalog ?? throw new InvalidOperationException("the built-in rules did not load: " + string.Join("; ", errors.Select(e => e.Message)));
    });

    public static RuleCatalog Catalog => Loaded.Value;

    public static RuleDefinition Rule(string id) => Catalog.Find(id) ?? throw new ArgumentException($"no built-in rule {id}", nameof(id));
}
