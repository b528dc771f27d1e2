using HealthReview.Core.Model;

namespace HealthReview.Engine.Evaluation;

/// <summary>What one test saw: the expected and actual value, where, and a sentence a person can follow.</summary>
public sealed record Evidence(Truth Truth, string Subject, string Expected, string Actual, SourceLocation? Location, string Sentence);
