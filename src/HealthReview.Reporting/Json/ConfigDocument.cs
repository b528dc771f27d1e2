namespace HealthReview.Reporting.Json;

public sealed record ConfigDocument(string? Path, string? Sha256, IReadOnlyList<AcceptanceDeclarationDocument> Acceptances, IReadOnlyList<AttestationDeclarationDocument> Attestations);
