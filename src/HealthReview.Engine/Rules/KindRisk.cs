using HealthReview.Core.Cvss;
using HealthReview.Core.Results;

namespace HealthReview.Engine.Rules;

/// <summary>The risk of failing the control for one app kind: the estimated range and a base vector that scores inside it.</summary>
public sealed record KindRisk(ScoreRange Range, CvssV3Vector Vector, string? Vector4);
