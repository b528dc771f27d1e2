using System.Globalization;
using HealthReview.Engine.Conditions;
using HealthReview.Engine.Fields;

namespace HealthReview.Engine.Evaluation;

/// <summary>
/// Evaluates a condition for one app with three-valued logic. A missing file, an invalid value, or an absent element
/// without a documented default is Unknown — and says why — so it can never turn into a pass.
/// </summary>
public static class ConditionEvaluator
{
    public static Outcome Evaluate(Condition condition, EvaluationContext context) => condition switch
    {
        AllCondition all => Outcome.All([.. all.Parts.Select(p => Evaluate(p, context))]),
        AnyCondition any => Outcome.Any([.. any.Parts.Select(p => Evaluate(p, context))]),
        NotCondition not => Outcome.Not(Evaluate(not.Inner, context)),
        NamedCondition named => NamedChecks.Evaluate(named.Name, context),
        FactCondition fact => Fact(fact, context),
        FieldCondition field => Field(field, context),
        _ => throw new InvalidOperationException($"unknown condition {condition.GetType().Name}"),
    };

    private static Outcome Fact(FactCondition fact, EvaluationContext context)
    {
        var holds = context.Fact(fact.Name);
        return Outcome.Leaf(new Evidence(holds ? Truth.True : Truth.False, fact.Name, "true", holds ? "true" : "false (not declared)", null,
            holds ? $"the config file declares '{fact.Name}' for {context.AppName}" : $"the config file does not declare '{fact.Name}' for {context.AppName}"));
    }

    private static Outcome Field(FieldCondition condition, EvaluationContext context)
    {
        var field = condition.Field;
        var read = field.Read(context.Source);
        var expected = Expected(condition, context);
        if (condition.Operator == ConditionOperator.Present)
        {
            return Present(condition, read, expected);
        }

        object? value;
        string actual;
        string origin;
        switch (read.State)
        {
            case FieldReadState.Present:
                value = read.Value;
                actual = read.Display ?? ValueText.Of(value);
                origin = read.Location is { } at ? $"<{read.Element}> is {Quote(actual)} ({at})" : $"<{read.Element}> is {Quote(actual)}";
                break;
            case FieldReadState.Absent when context.DefaultFor(field.Name) is { } fallback:
                value = fallback;
                actual = $"{ValueText.Of(fallback)} (default)";
                origin = $"<{read.Element}> is not in the export (exports leave out settings that were never set); Salesforce's default for {EvaluationContext.KindWords(context.Kind)}, {ValueText.Of(fallback)}, was assumed";
                break;
            case FieldReadState.Absent when field.Type == FieldType.List:
                value = new List<string>();
                actual = "(none)";
                origin = $"<{read.Element}> is not in the export, so the list is empty";
                break;
            case FieldReadState.Absent:
                var because = context.Rule.AbsentReasons.TryGetValue(field.Name, out var reason)
                    ? reason
                    : $"<{read.Element}> is not in the export and Salesforce documents no default for it";
                return Outcome.Leaf(new Evidence(Truth.Unknown, field.Name, expected, "(absent)", read.Location, because));
            default:
                return Outcome.Leaf(new Evidence(Truth.Unknown, field.Name, expected, read.Display ?? "(not in export)", read.Location, read.Problem ?? $"<{read.Element}> could not be read"));
        }

        var truth = Test(condition, value, context) ? Truth.True : Truth.False;
        return Outcome.Leaf(new Evidence(truth, field.Name, expected, actual, read.Location, $"{origin}; expected {expected}"));
    }

    private static Outcome Present(FieldCondition condition, FieldRead read, string expected)
    {
        var wanted = (bool)condition.Operand.Single;
        if (read.State is FieldReadState.Missing or FieldReadState.Invalid)
        {
            return Outcome.Leaf(new Evidence(Truth.Unknown, condition.Field.Name, expected, read.Display ?? "(not in export)", read.Location, read.Problem ?? "could not be read"));
        }

        var isSet = read.State == FieldReadState.Present && read.Value switch
        {
            string s => !string.IsNullOrWhiteSpace(s),
            List<string> list => list.Count > 0,
            _ => true,
        };
        var actual = read.State == FieldReadState.Present ? read.Display ?? ValueText.Of(read.Value) : "(absent)";
        var sentence = isSet
            ? $"<{read.Element}> is set to {Quote(actual)} ({read.Location})"
            : read.State == FieldReadState.Present ? $"<{read.Element}> is empty ({read.Location})" : $"<{read.Element}> is not in the export";
        return Outcome.Leaf(new Evidence(isSet == wanted ? Truth.True : Truth.False, condition.Field.Name, expected, actual, read.Location, $"{sentence}; expected {expected}"));
    }

    private static bool Test(FieldCondition condition, object? value, EvaluationContext context)
    {
        var operand = condition.Operand;
        return condition.Operator switch
        {
            ConditionOperator.Equals => Same(value, operand.Single),
            ConditionOperator.NotEquals => !Same(value, operand.Single),
            ConditionOperator.In => operand.Values.Any(v => Same(value, v)),
            ConditionOperator.NotIn => !operand.Values.Any(v => Same(value, v)),
            ConditionOperator.AtMost => Number(value) <= Limit(operand, context),
            ConditionOperator.AtLeast => Number(value) >= Limit(operand, context),
            ConditionOperator.Contains => Items(value).Contains((string)operand.Single, StringComparer.OrdinalIgnoreCase),
            ConditionOperator.NotContains => !Items(value).Contains((string)operand.Single, StringComparer.OrdinalIgnoreCase),
            ConditionOperator.ContainsAny => operand.Values.Any(v => Items(value).Contains((string)v, StringComparer.OrdinalIgnoreCase)),
            ConditionOperator.ContainsNone => !operand.Values.Any(v => Items(value).Contains((string)v, StringComparer.OrdinalIgnoreCase)),
            ConditionOperator.IsEmpty => (Items(value).Count == 0) == (bool)operand.Single,
            _ => throw new InvalidOperationException($"operator {condition.Operator} has no test"),
        };
    }

    private static bool Same(object? value, object operand) => (value, operand) switch
    {
        (bool a, bool b) => a == b,
        (long a, long b) => a == b,
        (string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private static double Number(object? value) => value is long n ? n : double.NaN;

    private static double Limit(Operand operand, EvaluationContext context) =>
        operand.Threshold is { } name ? context.Thresholds[name] : Convert.ToDouble(operand.Single, CultureInfo.InvariantCulture);

    private static List<string> Items(object? value) => value as List<string> ?? [];

    public static string Expected(FieldCondition condition, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(context);
        var operand = condition.Operand;
        string Values() => string.Join(", ", operand.Values.Select(ValueText.Of));
        string Threshold() => operand.Threshold is { } name ? $"{ValueText.Of(context.Thresholds[name])} ({name})" : ValueText.Of(operand.Single);
        return condition.Operator switch
        {
            ConditionOperator.Equals => ValueText.Of(operand.Single),
            ConditionOperator.NotEquals => $"not {ValueText.Of(operand.Single)}",
            ConditionOperator.In => $"one of {Values()}",
            ConditionOperator.NotIn => $"none of {Values()}",
            ConditionOperator.AtMost => $"at most {Threshold()}",
            ConditionOperator.AtLeast => $"at least {Threshold()}",
            ConditionOperator.Present => (bool)operand.Single ? "set" : "not set",
            ConditionOperator.Contains => $"includes {Values()}",
            ConditionOperator.NotContains => $"does not include {Values()}",
            ConditionOperator.ContainsAny => $"includes any of {Values()}",
            ConditionOperator.ContainsNone => $"includes none of {Values()}",
            ConditionOperator.IsEmpty => (bool)operand.Single ? "empty" : "at least one item",
            _ => condition.Operator.ToString(),
        };
    }

    private static string Quote(string text) => $"'{text}'";
}
