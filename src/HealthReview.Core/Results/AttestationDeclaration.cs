namespace HealthReview.Core.Results;

public sealed record AttestationDeclaration(string Rule, string App, string Value, string By, DateOnly Date, bool Used);
