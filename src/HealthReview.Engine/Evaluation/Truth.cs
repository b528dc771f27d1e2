namespace HealthReview.Engine.Evaluation;

/// <summary>Three-valued logic: a condition over data that is not in the export is Unknown, never a guess.</summary>
public enum Truth
{
    False,
    True,
    Unknown,
}
