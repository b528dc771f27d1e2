namespace HealthReview.Core.Results;

/// <summary>The config file a scan used (for the appendix), and the acceptances and attestations it declared.</summary>
public sealed record ConfigInfo(string? Source, string? Sha256, IReadOnlyList<AcceptanceDeclaration> Acceptances, IReadOnlyList<AttestationDeclaration> Attestations);
