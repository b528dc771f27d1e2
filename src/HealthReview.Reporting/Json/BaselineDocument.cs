namespace HealthReview.Reporting.Json;

public sealed record BaselineDocument(string Path, string PreviousGeneratedAt, double? PreviousScore, double? ScoreChange);
