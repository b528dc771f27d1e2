namespace HealthReview.Core.Results;

/// <summary>Exactly one per (app, control). Serialised as pass, fail, waived, notApplicable, notEvaluated.</summary>
public enum FindingStatus
{
    Pass,
    Fail,
    Waived,
    NotApplicable,
    NotEvaluated,
}
