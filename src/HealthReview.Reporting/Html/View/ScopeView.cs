namespace HealthReview.Reporting.Html.View;

/// <summary>What was scanned, when, and by what.</summary>
internal sealed record ScopeView(string Name, IReadOnlyList<string> Paths, string GeneratedAt, string Tool, string ToolVersion, string RulesVersion, string RulesCount, string AppsCount, string FindingsCount, string? ConfigSource, string? ConfigSha256);
