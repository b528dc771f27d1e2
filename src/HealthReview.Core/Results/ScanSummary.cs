namespace HealthReview.Core.Results;

/// <summary>The org's posture score, every app's, the open findings by severity and the gate.</summary>
public sealed record ScanSummary(PostureScore Org, IReadOnlyList<AppScore> Apps, int OpenCritical, int OpenHigh, int OpenMedium, int OpenLow, GateResult Gate);
