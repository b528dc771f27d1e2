namespace HealthReview.Engine.Conditions;

public sealed record NotCondition(Condition Inner) : Condition;
