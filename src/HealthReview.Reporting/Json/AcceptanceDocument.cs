namespace HealthReview.Reporting.Json;

public sealed record AcceptanceDocument(string Reason, string Owner, string Expires, bool Expired);
