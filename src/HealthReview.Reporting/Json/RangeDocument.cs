namespace HealthReview.Reporting.Json;

public sealed record RangeDocument(double Min, double Max);
