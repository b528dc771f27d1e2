using HealthReview.Core.Model;
using HealthReview.Engine.Config;
using HealthReview.Engine.Fields;
using HealthReview.Engine.Rules;

namespace HealthReview.Engine.Evaluation;

/// <summary>Everything a condition may look at for one (rule, app): the app, the rule's defaults and thresholds, the config.</summary>
public sealed record EvaluationContext(RuleDefinition Rule, FieldSource Source, IReadOnlyDictionary<string, double> Thresholds, ScanConfig Config)
{
    public AppKind Kind => Source.Kind;

    public string AppName => Source.App?.Name ?? OrgName;

    public const string OrgName = "Org";

    public object? DefaultFor(string field) =>
        Rule.Defaults.TryGetValue(Kind, out var defaults) && defaults.TryGetValue(field, out var value) ? value : null;

    public bool Fact(string name)
    {
        if (Source.App is { } app && Config.AppFacts.TryGetValue(app.Name, out var facts) && facts.TryGetValue(name, out var value))
        {
            return value;
        }

        return Config.OrgFacts.TryGetValue(name, out var orgValue) && orgValue;
    }

    public static string KindWords(AppKind kind) => kind switch
    {
        AppKind.ExternalClientApp => "External Client Apps",
        AppKind.ConnectedApp => "Connected Apps",
        _ => "the org",
    };
}
