using System.Globalization;
using HealthReview.Core.Model;
using HealthReview.Engine.Fields;
using HealthReview.Engine.Yaml;
using YamlDotNet.RepresentationModel;

namespace HealthReview.Engine.Conditions;

/// <summary>
/// Reads a condition from YAML and validates it for one app kind: field names from the closed catalogue, operators that
/// fit the field's type, operand values of that type (enum names checked), thresholds that the rule declares.
/// </summary>
public sealed class ConditionParser
{
    /// <summary>The checks written in code, with the thresholds each one needs.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> NamedChecks = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["callbackUrlsSafe"] = [],
        ["trustedIpRangesNarrow"] = ["maxAddresses"],
        ["refreshTokenExpires"] = ["maxDays"],
        ["noSecretMaterial"] = [],
        ["refreshTokenIpAllowlist"] = [],
    };

    private static readonly Dictionary<string, ConditionOperator> Operators = new(StringComparer.Ordinal)
    {
        ["equals"] = ConditionOperator.Equals,
        ["notEquals"] = ConditionOperator.NotEquals,
        ["in"] = ConditionOperator.In,
        ["notIn"] = ConditionOperator.NotIn,
        ["atMost"] = ConditionOperator.AtMost,
        ["atLeast"] = ConditionOperator.AtLeast,
        ["present"] = ConditionOperator.Present,
        ["contains"] = ConditionOperator.Contains,
        ["notContains"] = ConditionOperator.NotContains,
        ["containsAny"] = ConditionOperator.ContainsAny,
        ["containsNone"] = ConditionOperator.ContainsNone,
        ["isEmpty"] = ConditionOperator.IsEmpty,
    };

    private readonly string file;
    private readonly IReadOnlyCollection<string> thresholds;

    public ConditionParser(string file, IReadOnlyCollection<string> thresholds)
    {
        this.file = file;
        this.thresholds = thresholds;
    }

    /// <summary>A condition for each kind: either one written per kind (keys are kind names) or one shared by all.</summary>
    public IReadOnlyDictionary<AppKind, Condition> ParsePerKind(YamlNode node, IReadOnlyList<AppKind> kinds, string what)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(kinds);
        var result = new Dictionary<AppKind, Condition>();
        if (node is YamlMappingNode mapping && mapping.Children.Keys.All(k => k is YamlScalarNode s && Enum.TryParse<AppKind>(s.Value, out _)))
        {
            var map = new YamlMap(node, file, what);
            foreach (var kind in kinds)
            {
                if (map.Optional(kind.ToString()) is { } perKind)
                {
                    result[kind] = Parse(perKind, kind);
                }
            }

            map.Finish(what, kinds.Select(k => k.ToString()));
            return result;
        }

        foreach (var kind in kinds)
        {
            result[kind] = Parse(node, kind);
        }

        return result;
    }

    public Condition Parse(YamlNode node, AppKind kind)
    {
        var map = new YamlMap(node, file, "a condition");
        Condition condition;
        if (map.Has("all") || map.Has("any"))
        {
            var key = map.Has("all") ? "all" : "any";
            var parts = map.Sequence(key, required: true).Select(part => Parse(part, kind)).ToList();
            if (parts.Count == 0)
            {
                throw map.Error(map.Node, $"'{key}' needs at least one condition");
            }

            condition = key == "all" ? new AllCondition(parts) : new AnyCondition(parts);
            map.Finish("an all/any condition", [key]);
        }
        else if (map.Has("not"))
        {
            condition = new NotCondition(Parse(map.Required("not"), kind));
            map.Finish("a not condition", ["not"]);
        }
        else if (map.Has("named"))
        {
            var name = map.RequiredString("named");
            if (!NamedChecks.TryGetValue(name, out var needs))
            {
                throw map.Error(map.Node, $"unknown named check '{name}'; known: {string.Join(", ", NamedChecks.Keys)}");
            }

            var missing = needs.Where(t => !thresholds.Contains(t)).ToList();
            if (missing.Count > 0)
            {
                throw map.Error(map.Node, $"named check '{name}' needs the threshold '{string.Join("', '", missing)}' declared under 'threshold'");
            }

            condition = new NamedCondition(name);
            map.Finish("a named condition", ["named"]);
        }
        else if (map.Has("fact"))
        {
            condition = new FactCondition(map.RequiredString("fact"));
            map.Finish("a fact condition", ["fact"]);
        }
        else
        {
            condition = ParseField(map, kind);
        }

        return condition;
    }

    private FieldCondition ParseField(YamlMap map, AppKind kind)
    {
        var fieldNode = map.Optional("field") ?? throw map.Error(map.Node, "a condition needs one of: field, all, any, not, named, fact");
        var name = map.Scalar(fieldNode, "field");
        if (!FieldCatalog.TryGet(name, out var field))
        {
            throw map.Error(fieldNode, $"unknown field '{name}'; see docs/rule-format.md for the field list");
        }

        if (!field.AppliesTo(kind))
        {
            throw map.Error(fieldNode, $"field '{name}' does not exist for {kind}");
        }

        var operatorKeys = map.Keys.Where(k => k != "field").ToList();
        if (operatorKeys.Count != 1 || !Operators.TryGetValue(operatorKeys[0], out var op))
        {
            throw map.Error(map.Node, $"a field condition needs exactly one operator: {string.Join(", ", Operators.Keys)}");
        }

        var operandNode = map.Required(operatorKeys[0]);
        var operand = ParseOperand(map, field, op, operandNode);
        map.Finish("a field condition", Operators.Keys.Prepend("field"));
        return new FieldCondition(field, op, operand);
    }

    private Operand ParseOperand(YamlMap map, FieldDefinition field, ConditionOperator op, YamlNode node)
    {
        var allowedTypes = op switch
        {
            ConditionOperator.Equals or ConditionOperator.NotEquals => [FieldType.Bool, FieldType.Int, FieldType.String, FieldType.Enum],
            ConditionOperator.In or ConditionOperator.NotIn => new[] { FieldType.Int, FieldType.String, FieldType.Enum },
            ConditionOperator.AtMost or ConditionOperator.AtLeast => [FieldType.Int],
            ConditionOperator.Present => [FieldType.Bool, FieldType.Int, FieldType.String, FieldType.Enum, FieldType.List],
            _ => [FieldType.List],
        };
        if (!allowedTypes.Contains(field.Type))
        {
            throw map.Error(node, $"operator '{Name(op)}' does not apply to field '{field.Name}' ({field.Type.ToString().ToLowerInvariant()})");
        }

        switch (op)
        {
            case ConditionOperator.Present or ConditionOperator.IsEmpty:
                return new Operand([Bool(map, node)], null);
            case ConditionOperator.AtMost or ConditionOperator.AtLeast when node is YamlMappingNode:
                var reference = new YamlMap(node, file, "a threshold reference");
                var threshold = reference.RequiredString("threshold");
                reference.Finish("a threshold reference", ["threshold"]);
                return thresholds.Contains(threshold)
                    ? new Operand([], threshold)
                    : throw map.Error(node, $"threshold '{threshold}' is not declared under 'threshold'");
            case ConditionOperator.In or ConditionOperator.NotIn or ConditionOperator.ContainsAny or ConditionOperator.ContainsNone:
                if (node is not YamlSequenceNode list || list.Children.Count == 0)
                {
                    throw map.Error(node, $"'{Name(op)}' needs a non-empty list");
                }

                return new Operand([.. list.Children.Select(item => Value(map, field, item, listItem: op is ConditionOperator.ContainsAny or ConditionOperator.ContainsNone))], null);
            default:
                return new Operand([Value(map, field, node, listItem: field.Type == FieldType.List)], null);
        }
    }

    private static object Value(YamlMap map, FieldDefinition field, YamlNode node, bool listItem)
    {
        var text = map.Scalar(node, field.Name);
        if (listItem)
        {
            return text;
        }

        switch (field.Type)
        {
            case FieldType.Bool:
                return Bool(map, node);
            case FieldType.Int:
                return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                    ? number
                    : throw map.Error(node, $"'{text}' is not a whole number (field '{field.Name}')");
            case FieldType.Enum:
                var match = field.AllowedValues.FirstOrDefault(v => string.Equals(v, text, StringComparison.OrdinalIgnoreCase));
                return match ?? throw map.Error(node, $"'{text}' is not a value of '{field.Name}'; expected one of {string.Join(", ", field.AllowedValues)}");
            default:
                return text;
        }
    }

    private static bool Bool(YamlMap map, YamlNode node) => map.Scalar(node, "value") switch
    {
        "true" => true,
        "false" => false,
        var other => throw map.Error(node, $"'{other}' is not true or false"),
    };

    private static string Name(ConditionOperator op) => Operators.First(p => p.Value == op).Key;
}
