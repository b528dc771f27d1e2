namespace HealthReview.Core.Results;

public sealed record AcceptanceDeclaration(string Rule, string App, string Reason, string Owner, DateOnly Expires, bool Expired, bool Matched);
