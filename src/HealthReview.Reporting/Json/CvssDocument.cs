namespace HealthReview.Reporting.Json;

public sealed record CvssDocument(string Vector, string ContextualVector, double BaseScore, double Score, RangeDocument Range, string? Vector4);
