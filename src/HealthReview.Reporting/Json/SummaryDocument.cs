namespace HealthReview.Reporting.Json;

public sealed record SummaryDocument(double? Score, string Grade, int Apps, OpenDocument Open, GateDocument Gate, CoverageDocument Coverage);
