namespace HealthReview.Engine.Conditions;

/// <summary>A condition of a rule (docs/rule-format.md): a field test, a named check, a context fact, or a combination.</summary>
public abstract record Condition;
