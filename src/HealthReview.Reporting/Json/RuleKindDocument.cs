namespace HealthReview.Reporting.Json;

public sealed record RuleKindDocument(string Kind, string? ControlName, string? Setup, string? MetadataFile, string? MetadataChange, RangeDocument Range, string Vector, double BaseScore, string? Vector4);
