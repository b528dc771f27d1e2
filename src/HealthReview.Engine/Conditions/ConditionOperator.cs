namespace HealthReview.Engine.Conditions;

public enum ConditionOperator
{
    Equals,
    NotEquals,
    In,
    NotIn,
    AtMost,
    AtLeast,
    Present,
    Contains,
    NotContains,
    ContainsAny,
    ContainsNone,
    IsEmpty,
}
