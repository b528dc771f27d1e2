namespace HealthReview.Engine.Fields;

public enum FieldType
{
    Bool,
    Int,
    String,
    Enum,
    List,
}
