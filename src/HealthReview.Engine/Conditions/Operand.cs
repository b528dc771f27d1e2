namespace HealthReview.Engine.Conditions;

/// <summary>The right-hand side of a field test: literal values (bool, long, string) or a named threshold.</summary>
public sealed record Operand(IReadOnlyList<object> Values, string? Threshold)
{
    public object Single => Values[0];
}
