namespace HealthReview.Reporting.Json;

public sealed record AppDocument(string Name, string Kind, IReadOnlyList<string> Files, IReadOnlyList<string> Problems);
