namespace HealthReview.Engine.Rules;

public sealed record RuleReference(string Title, string Url);
