namespace HealthReview.Core.Results;

/// <summary>With --baseline: whether an open finding was already open in the earlier scan.</summary>
public enum BaselineState
{
    New,
    Unchanged,
}
