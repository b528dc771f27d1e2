namespace HealthReview.Reporting.Json;

public sealed record AttestationDocument(string Value, string By, string Date);
