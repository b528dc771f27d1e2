namespace HealthReview.Reporting.Json;

public sealed record ToolDocument(string Name, string Version, string RulesVersion);
