namespace HealthReview.Reporting.Json;

public sealed record AcceptanceDeclarationDocument(string Rule, string App, string Reason, string Owner, string Expires, bool Expired, bool Matched);
