namespace HealthReview.Engine.Conditions;

public sealed record AnyCondition(IReadOnlyList<Condition> Parts) : Condition;
