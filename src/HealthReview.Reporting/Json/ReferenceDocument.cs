namespace HealthReview.Reporting.Json;

public sealed record ReferenceDocument(string Title, string Url);
