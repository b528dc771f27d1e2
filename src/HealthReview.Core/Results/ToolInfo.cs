namespace HealthReview.Core.Results;

/// <summary>Which program and which rule catalogue produced a result.</summary>
public sealed record ToolInfo(string Name, string Version, string RulesVersion);
