namespace HealthReview.Engine.Config;

/// <summary>A failing finding the organisation has accepted until <see cref="Expires"/> (inclusive).</summary>
public sealed record RiskAcceptance(string Rule, string App, string Reason, string Owner, DateOnly Expires, long Line);
