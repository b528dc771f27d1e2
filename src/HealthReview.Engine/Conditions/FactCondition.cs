namespace HealthReview.Engine.Conditions;

/// <summary>Holds when the config file's <c>context</c> declares the fact true for the app or the org.</summary>
public sealed record FactCondition(string Name) : Condition;
