namespace HealthReview.Core.Results;

/// <summary>A risk acceptance that matched a failing finding; <see cref="Expired"/> ones leave it open and say so.</summary>
public sealed record AcceptanceInfo(string Reason, string Owner, DateOnly Expires, bool Expired);
