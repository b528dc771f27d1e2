using HealthReview.Core.Model;
using HealthReview.Engine.Conditions;

namespace HealthReview.Engine.Rules;

/// <summary>A "higher risk when" / "low risk when" clause as CVSS environmental metrics, applied when its condition holds.</summary>
public sealed record RuleModifier(string Id, string Effect, IReadOnlyDictionary<AppKind, Condition> When, IReadOnlyDictionary<string, string> Metrics, string Reason);
