namespace HealthReview.Reporting.Json;

public sealed record AppDocument(string Name, string Kind, double? Score, string Grade, IReadOnlyList<string> Files, IReadOnlyList<string> Problems);
