using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using HealthReview.Core.Cvss;
using HealthReview.Core.Model;
using HealthReview.Core.Results;
using HealthReview.Engine.Conditions;
using HealthReview.Engine.Fields;
using HealthReview.Engine.Yaml;
using YamlDotNet.RepresentationModel;

namespace HealthReview.Engine.Rules;

/// <summary>
/// Reads one rule file strictly (docs/rule-format.md): every key known, every field and operator valid, every vector
/// parsed and inside its range. Any problem is a <see cref="DefinitionException"/> with the file and line.
/// </summary>
public static partial class RuleFileParser
{
    private static readonly string[] TopKeys =
    [
        "id", "title", "revision", "appliesTo", "controlNames", "recommended", "text", "remediation", "references", "compliance",
        "risk", "threshold", "defaults", "absentReasons", "notApplicableWhen", "check", "modifiers",
    ];

    private static readonly string[] TextKeys = ["overview", "securityRisk", "threatScenarios", "riskImpact", "higherRiskWhen", "lowRiskWhen", "businessConsiderations"];
    private static readonly string[] Frameworks = ["sbs", "nist80053", "iso27001", "soc2"];
    private static readonly HashSet<string> EnvironmentalMetrics = new(StringComparer.Ordinal) { "CR", "IR", "AR", "MAV", "MAC", "MPR", "MUI", "MS", "MC", "MI", "MA" };

    public static RuleDefinition Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var map = new YamlMap(YamlMap.LoadDocument(text, source), source, "a rule file");
        var idNode = map.Required("id");
        var id = map.Scalar(idNode, "id");
        if (!IdPattern().IsMatch(id))
        {
            throw map.Error(idNode, $"id '{id}' must be upper-case letters, digits and dashes (e.g. PKCE-REQUIRED)");
        }

        var kinds = Kinds(map);
        var thresholds = Thresholds(map);
        var conditions = new ConditionParser(source, thresholds.Keys.ToList());
        var risk = Risk(map, kinds, out var riskSource, out var riskNote);
        var checkNode = map.Required("check");
        var checks = conditions.ParsePerKind(checkNode, kinds, "'check'");
        var unchecked_ = kinds.Where(k => !checks.ContainsKey(k)).ToList();
        if (unchecked_.Count > 0)
        {
            throw map.Error(checkNode, $"'check' has no condition for {string.Join(", ", unchecked_)}");
        }

        var rule = new RuleDefinition
        {
            Id = id,
            Title = map.RequiredString("title"),
            Revision = map.OptionalInt("revision") ?? 1,
            AppliesTo = kinds,
            ControlNames = PerKindStrings(map.OptionalMap("controlNames"), kinds, "'controlNames'"),
            Recommended = map.RequiredString("recommended"),
            Text = Text(map.RequiredMap("text")),
            Remediation = Remediation(map.RequiredMap("remediation"), kinds),
            References = References(map),
            Compliance = Compliance(map.OptionalMap("compliance")),
            RiskSource = riskSource,
            RiskSourceNote = riskNote,
            Risk = risk,
            Thresholds = thresholds,
            Defaults = Defaults(map.OptionalMap("defaults"), kinds),
            AbsentReasons = AbsentReasons(map.OptionalMap("absentReasons")),
            NotApplicable = [.. map.Sequence("notApplicableWhen").Select(n => NotApplicable(new YamlMap(n, source, "a notApplicableWhen entry"), conditions, kinds))],
            Checks = checks,
            Modifiers = Modifiers(map, conditions, kinds, risk),
            Source = source,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
        };
        map.Finish("a rule file", TopKeys);
        return rule;
    }

    private static List<AppKind> Kinds(YamlMap map)
    {
        var node = map.Required("appliesTo");
        var kinds = new List<AppKind>();
        foreach (var item in map.Sequence("appliesTo", required: true))
        {
            var word = map.Scalar(item, "appliesTo");
            if (!Enum.TryParse<AppKind>(word, ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
            {
                throw map.Error(item, $"'{word}' is not an app kind; expected ExternalClientApp, ConnectedApp or Org");
            }

            if (kinds.Contains(kind))
            {
                throw map.Error(item, $"'{word}' is listed twice");
            }

            kinds.Add(kind);
        }

        return kinds.Count > 0 ? kinds : throw map.Error(node, "'appliesTo' needs at least one kind");
    }

    private static Dictionary<string, double> Thresholds(YamlMap map)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        if (map.OptionalMap("threshold") is not { } thresholds)
        {
            return result;
        }

        foreach (var key in thresholds.Keys.ToList())
        {
            var node = thresholds.Required(key);
            result[key] = double.TryParse(thresholds.Scalar(node, key), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
                ? value
                : throw thresholds.Error(node, $"threshold '{key}' must be a non-negative number");
        }

        return result;
    }

    private static Dictionary<AppKind, KindRisk> Risk(YamlMap map, List<AppKind> kinds, out string source, out string? note)
    {
        var risk = map.RequiredMap("risk");
        var sourceNode = risk.Required("source");
        source = risk.Scalar(sourceNode, "source");
        if (source is not ("shr" or "ours"))
        {
            throw risk.Error(sourceNode, $"risk source '{source}' must be shr or ours");
        }

        note = risk.OptionalString("sourceNote");
        var ranges = risk.RequiredMap("range");
        var vectors = risk.RequiredMap("vector");
        var vectors4 = risk.OptionalMap("vector4");
        var result = new Dictionary<AppKind, KindRisk>();
        foreach (var kind in kinds)
        {
            var rangeMap = ranges.OptionalMap(kind.ToString()) ?? throw ranges.Error(ranges.Node, $"'range' has no entry for {kind}");
            var min = Number(rangeMap, "min");
            var max = Number(rangeMap, "max");
            rangeMap.Finish("a range", ["min", "max"]);
            if (min < 0 || max > 10 || min > max)
            {
                throw rangeMap.Error(rangeMap.Node, $"range {min}–{max} must lie within 0–10 with min ≤ max");
            }

            var vectorNode = vectors.Optional(kind.ToString()) ?? throw vectors.Error(vectors.Node, $"'vector' has no entry for {kind}");
            var vectorText = vectors.Scalar(vectorNode, "vector");
            if (!CvssV3Vector.TryParse(vectorText, out var vector, out var error))
            {
                throw vectors.Error(vectorNode, $"invalid CVSS vector: {error}");
            }

            if (vector!.Version != CvssVersion.V3_1 || vector.HasTemporalMetrics || vector.HasEnvironmentalMetrics)
            {
                throw vectors.Error(vectorNode, "'vector' must be a CVSS:3.1 base vector (base metrics only)");
            }

            var range = new ScoreRange(min, max);
            if (!range.Contains(vector.BaseScore.Value))
            {
                throw vectors.Error(vectorNode, string.Create(CultureInfo.InvariantCulture, $"vector {vectorText} scores {vector.BaseScore}, outside the declared range {min:0.0}–{max:0.0} for {kind}"));
            }

            string? vector4 = null;
            if (vectors4?.Optional(kind.ToString()) is { } v4Node)
            {
                vector4 = vectors4.Scalar(v4Node, "vector4");
                if (!CvssVector.TryParse(vector4, out var parsed4, out var error4) || parsed4!.Version != CvssVersion.V4_0)
                {
                    throw vectors4.Error(v4Node, $"invalid CVSS 4.0 vector: {error4 ?? "not a CVSS:4.0 vector"}");
                }
            }

            result[kind] = new KindRisk(range, vector, vector4);
        }

        ranges.Finish("'range'", kinds.Select(k => k.ToString()));
        vectors.Finish("'vector'", kinds.Select(k => k.ToString()));
        vectors4?.Finish("'vector4'", kinds.Select(k => k.ToString()));
        risk.Finish("'risk'", ["source", "sourceNote", "range", "vector", "vector4"]);
        return result;
    }

    private static double Number(YamlMap map, string key)
    {
        var node = map.Required(key);
        return double.TryParse(map.Scalar(node, key), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw map.Error(node, $"'{key}' must be a number");
    }

    private static Dictionary<AppKind, string> PerKindStrings(YamlMap? map, List<AppKind> kinds, string what)
    {
        var result = new Dictionary<AppKind, string>();
        if (map is null)
        {
            return result;
        }

        foreach (var kind in kinds)
        {
            if (map.OptionalString(kind.ToString()) is { } value)
            {
                result[kind] = value;
            }
        }

        map.Finish(what, kinds.Select(k => k.ToString()));
        return result;
    }

    private static RuleText Text(YamlMap map)
    {
        var text = new RuleText(
            map.RequiredString("overview"),
            map.RequiredString("securityRisk"),
            map.RequiredString("threatScenarios"),
            map.RequiredString("riskImpact"),
            map.RequiredString("higherRiskWhen"),
            map.RequiredString("lowRiskWhen"),
            map.RequiredString("businessConsiderations"));
        map.Finish("'text'", TextKeys);
        return text;
    }

    private static RuleRemediation Remediation(YamlMap map, List<AppKind> kinds)
    {
        var setup = PerKindStrings(map.RequiredMap("setup"), kinds, "'remediation.setup'");
        var metadata = new Dictionary<AppKind, MetadataChange>();
        if (map.OptionalMap("metadata") is { } changes)
        {
            foreach (var kind in kinds)
            {
                if (changes.OptionalMap(kind.ToString()) is { } change)
                {
                    metadata[kind] = new MetadataChange(change.RequiredString("file"), change.RequiredString("change").TrimEnd('\n'));
                    change.Finish("a metadata change", ["file", "change"]);
                }
            }

            changes.Finish("'remediation.metadata'", kinds.Select(k => k.ToString()));
        }

        map.Finish("'remediation'", ["setup", "metadata"]);
        return new RuleRemediation(setup, metadata);
    }

    private static List<RuleReference> References(YamlMap map) =>
        [.. map.Sequence("references").Select(node =>
        {
            var reference = new YamlMap(node, map.File, "a reference");
            var result = new RuleReference(reference.RequiredString("title"), reference.RequiredString("url"));
            reference.Finish("a reference", ["title", "url"]);
            return result.Url.StartsWith("https://", StringComparison.Ordinal)
                ? result
                : throw reference.Error(node, $"reference url '{result.Url}' must start with https://");
        })];

    private static Dictionary<string, IReadOnlyList<string>> Compliance(YamlMap? map)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (map is null)
        {
            return result;
        }

        foreach (var framework in Frameworks)
        {
            var ids = map.StringList(framework);
            if (ids.Count > 0)
            {
                result[framework] = ids;
            }
        }

        map.Finish("'compliance'", Frameworks);
        return result;
    }

    private static Dictionary<AppKind, IReadOnlyDictionary<string, object>> Defaults(YamlMap? map, List<AppKind> kinds)
    {
        var result = new Dictionary<AppKind, IReadOnlyDictionary<string, object>>();
        if (map is null)
        {
            return result;
        }

        foreach (var kind in kinds)
        {
            if (map.OptionalMap(kind.ToString()) is not { } perKind)
            {
                continue;
            }

            var values = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var name in perKind.Keys.ToList())
            {
                var node = perKind.Required(name);
                if (!FieldCatalog.TryGet(name, out var field) || !field.AppliesTo(kind))
                {
                    throw perKind.Error(node, $"'{name}' is not a field of {kind}; see docs/rule-format.md");
                }

                values[name] = DefaultValue(perKind, field, node);
            }

            result[kind] = values;
        }

        map.Finish("'defaults'", kinds.Select(k => k.ToString()));
        return result;
    }

    private static object DefaultValue(YamlMap map, FieldDefinition field, YamlNode node)
    {
        var text = map.Scalar(node, field.Name);
        return field.Type switch
        {
            FieldType.Bool when text is "true" or "false" => text == "true",
            FieldType.Int when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
            FieldType.Enum when field.AllowedValues.FirstOrDefault(v => string.Equals(v, text, StringComparison.OrdinalIgnoreCase)) is { } e => e,
            FieldType.String => text,
            _ => throw map.Error(node, $"'{text}' is not a valid default for '{field.Name}' ({field.Type.ToString().ToLowerInvariant()}{(field.AllowedValues.Count > 0 ? ": " + string.Join(", ", field.AllowedValues) : string.Empty)})"),
        };
    }

    private static Dictionary<string, string> AbsentReasons(YamlMap? map)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (map is null)
        {
            return result;
        }

        foreach (var name in map.Keys.ToList())
        {
            var node = map.Required(name);
            result[name] = FieldCatalog.TryGet(name, out _) ? map.Scalar(node, name) : throw map.Error(node, $"'{name}' is not a field; see docs/rule-format.md");
        }

        return result;
    }

    private static NotApplicableClause NotApplicable(YamlMap map, ConditionParser conditions, List<AppKind> kinds)
    {
        var clause = new NotApplicableClause(conditions.ParsePerKind(map.Required("when"), kinds, "'when'"), map.RequiredString("reason"));
        map.Finish("a notApplicableWhen entry", ["when", "reason"]);
        return clause;
    }

    private static List<RuleModifier> Modifiers(YamlMap map, ConditionParser conditions, List<AppKind> kinds, Dictionary<AppKind, KindRisk> risk)
    {
        var result = new List<RuleModifier>();
        foreach (var node in map.Sequence("modifiers"))
        {
            var entry = new YamlMap(node, map.File, "a modifier");
            var id = entry.RequiredString("id");
            var effectNode = entry.Required("effect");
            var effect = entry.Scalar(effectNode, "effect");
            if (effect is not ("higher" or "lower"))
            {
                throw entry.Error(effectNode, $"effect '{effect}' must be higher or lower");
            }

            var when = conditions.ParsePerKind(entry.Required("when"), kinds, "'when'");
            var metricsMap = entry.RequiredMap("metrics");
            var metrics = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var key in metricsMap.Keys.ToList())
            {
                var valueNode = metricsMap.Required(key);
                if (!EnvironmentalMetrics.Contains(key))
                {
                    throw metricsMap.Error(valueNode, $"'{key}' is not a CVSS v3.1 environmental metric; allowed: {string.Join(", ", EnvironmentalMetrics.Order(StringComparer.Ordinal))}");
                }

                metrics[key] = metricsMap.Scalar(valueNode, key);
            }

            foreach (var (kind, kindRisk) in risk)
            {
                try
                {
                    _ = kindRisk.Vector.WithMetrics(metrics);
                }
                catch (ArgumentException ex)
                {
                    throw metricsMap.Error(metricsMap.Node, $"modifier '{id}' for {kind}: {ex.Message}");
                }
            }

            if (result.Any(m => m.Id == id))
            {
                throw entry.Error(node, $"modifier id '{id}' is used twice");
            }

            result.Add(new RuleModifier(id, effect, when, metrics, entry.RequiredString("reason")));
            entry.Finish("a modifier", ["id", "effect", "when", "metrics", "reason"]);
        }

        return result;
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$")]
    private static partial Regex IdPattern();
}
