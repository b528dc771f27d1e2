namespace HealthReview.Reporting.Json;

public sealed record AttestationDeclarationDocument(string Rule, string App, string Value, string By, string Date, bool Used);
