namespace HealthReview.Core.Results;

public sealed record RuleReferenceInfo(string Title, string Url);
