using HealthReview.Core.Model;
using HealthReview.Engine.Conditions;

namespace HealthReview.Engine.Rules;

/// <summary>One control, loaded and validated from its YAML file. Immutable.</summary>
public sealed record RuleDefinition
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required int Revision { get; init; }

    public required IReadOnlyList<AppKind> AppliesTo { get; init; }

    public IReadOnlyDictionary<AppKind, string> ControlNames { get; init; } = new Dictionary<AppKind, string>();

    public required string Recommended { get; init; }

    public required RuleText Text { get; init; }

    public required RuleRemediation Remediation { get; init; }

    public IReadOnlyList<RuleReference> References { get; init; } = [];

    /// <summary>Framework (sbs, nist80053, iso27001, soc2) → control ids.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Compliance { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary><c>shr</c> when Salesforce's Security Health Review gives the range, <c>ours</c> otherwise.</summary>
    public required string RiskSource { get; init; }

    public string? RiskSourceNote { get; init; }

    public required IReadOnlyDictionary<AppKind, KindRisk> Risk { get; init; }

    public IReadOnlyDictionary<string, double> Thresholds { get; init; } = new Dictionary<string, double>();

    public IReadOnlyDictionary<AppKind, IReadOnlyDictionary<string, object>> Defaults { get; init; } = new Dictionary<AppKind, IReadOnlyDictionary<string, object>>();

    public IReadOnlyDictionary<string, string> AbsentReasons { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<NotApplicableClause> NotApplicable { get; init; } = [];

    public required IReadOnlyDictionary<AppKind, Condition> Checks { get; init; }

    public IReadOnlyList<RuleModifier> Modifiers { get; init; } = [];

    /// <summary>Where the rule came from: <c>built-in:rules/X.yaml</c> or the user's file path.</summary>
    public required string Source { get; init; }

    /// <summary>SHA-256 of the rule file, for the report appendix.</summary>
    public required string Sha256 { get; init; }
}
