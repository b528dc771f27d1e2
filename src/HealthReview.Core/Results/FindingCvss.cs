namespace HealthReview.Core.Results;

/// <summary>
/// The risk of a finding: the rule's base vector, the vector with the applied context modifiers, the base score, and the
/// contextual score (the environmental score, kept inside the declared range).
/// </summary>
public sealed record FindingCvss(string Vector, string ContextualVector, double BaseScore, double Score, ScoreRange Range, string? Vector4);
