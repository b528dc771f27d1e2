namespace HealthReview.Reporting.Json;

public sealed record GateDocument(string FailOn, double? MinScore, bool Passed, IReadOnlyList<string> Reasons);
