namespace HealthReview.Reporting.Json;

/// <summary>How many findings counted toward the score, and how many could not (notApplicable, notEvaluated).</summary>
public sealed record CoverageDocument(int Evaluated, int NotApplicable, int NotEvaluated, int Total, double? Percent);
