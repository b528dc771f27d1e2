namespace HealthReview.Core.Results;

/// <summary>
/// The comparison with an earlier results.json. A finding's identity is (rule id, app kind, app name): moving or
/// reformatting files does not make it new.
/// </summary>
public sealed record BaselineComparison(string Source, string PreviousGeneratedAt, double? PreviousScore, double? ScoreChange, IReadOnlyList<ResolvedFinding> Resolved);
