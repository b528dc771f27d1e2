namespace HealthReview.Core.Results;

/// <summary>A person's statement that decided a finding the export could not show.</summary>
public sealed record AttestationInfo(string Value, string By, DateOnly Date);
