namespace HealthReview.Core.Results;

/// <summary>The element that decided a finding: the export file (display path) and the line.</summary>
public sealed record FindingLocation(string Path, int? Line);
