using HealthReview.Engine.Fields;

namespace HealthReview.Engine.Conditions;

public sealed record FieldCondition(FieldDefinition Field, ConditionOperator Operator, Operand Operand) : Condition;
