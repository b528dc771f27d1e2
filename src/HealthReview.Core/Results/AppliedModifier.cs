namespace HealthReview.Core.Results;

/// <summary>A context modifier that held for this finding, and the CVSS environmental metrics it set.</summary>
public sealed record AppliedModifier(string Id, string Effect, IReadOnlyDictionary<string, string> Metrics, string Reason);
