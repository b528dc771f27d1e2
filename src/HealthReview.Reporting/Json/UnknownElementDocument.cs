namespace HealthReview.Reporting.Json;

public sealed record UnknownElementDocument(string MetadataType, string Element, string Path, int? Line);
