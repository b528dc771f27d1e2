namespace HealthReview.Reporting.Json;

public sealed record LocationDocument(string Path, int? Line);
