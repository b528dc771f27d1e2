namespace HealthReview.Engine.Conditions;

/// <summary>A check written in code, where a table cannot say it (callback URLs, IP ranges, refresh-policy duration, secrets).</summary>
public sealed record NamedCondition(string Name) : Condition;
