using HealthReview.Core.Model;

namespace HealthReview.Core.Results;

/// <summary>A rule's per-kind facts: the SHR control name, how to fix it, and its risk.</summary>
public sealed record RuleKindInfo(AppKind Kind, string? ControlName, string? Setup, string? MetadataFile, string? MetadataChange, ScoreRange Range, string Vector, double BaseScore, string? Vector4);
