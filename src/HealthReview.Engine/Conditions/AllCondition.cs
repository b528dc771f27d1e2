namespace HealthReview.Engine.Conditions;

public sealed record AllCondition(IReadOnlyList<Condition> Parts) : Condition;
