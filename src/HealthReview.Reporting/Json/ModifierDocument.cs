namespace HealthReview.Reporting.Json;

public sealed record ModifierDocument(string Id, string Effect, IReadOnlyDictionary<string, string> Metrics, string Reason);
