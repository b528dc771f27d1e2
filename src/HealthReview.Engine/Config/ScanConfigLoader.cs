using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HealthReview.Engine.Rules;
using HealthReview.Engine.Yaml;


namespace HealthReview.Engine.Config;

/// <summary>
/// Reads healthreview.yaml strictly: unknown keys, thresholds of unknown rules, acceptances without reason/owner/expiry
/// and attestations without by/date are errors with the line, never silently accepted.
/// </summary>
public static class ScanConfigLoader
{
    private static readonly string[] PassWords = ["enforced", "compliant", "pass"];
    private static readonly string[] FailWords = ["notEnforced", "nonCompliant", "fail"];

    public static ScanConfig Load(string path, RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (!File.Exists(path))
        {
            throw new DefinitionException(path, 0, "no such config file");
        }

        var bytes = File.ReadAllBytes(path);
        var source = path.Replace('\\', '/');
        return Parse(Encoding.UTF8.GetString(bytes), source, catalog) with { Source = source, Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)) };
    }

    public static ScanConfig Parse(string text, string source, RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var map = new YamlMap(YamlMap.LoadDocument(text, source), source, "the config file");
        var config = new ScanConfig
        {
            Thresholds = Thresholds(map.OptionalMap("thresholds"), catalog),
            Acceptances = [.. map.Sequence("acceptances").Select(n => Acceptance(new YamlMap(n, source, "an acceptance"), catalog))],
            Attestations = [.. map.Sequence("attestations").Select(n => Attestation(new YamlMap(n, source, "an attestation"), catalog))],
        };
        if (map.OptionalMap("context") is { } context)
        {
            config = config with
            {
                AppFacts = AppFacts(context.OptionalMap("apps")),
                OrgFacts = context.OptionalMap("org") is { } org ? Facts(org) : new Dictionary<string, bool>(),
            };
            context.Finish("'context'", ["apps", "org"]);
        }

        map.Finish("the config file", ["thresholds", "acceptances", "attestations", "context"]);
        return config;
    }

    private static Dictionary<string, IReadOnlyDictionary<string, double>> Thresholds(YamlMap? map, RuleCatalog catalog)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        if (map is null)
        {
            return result;
        }

        foreach (var ruleId in map.Keys.ToList())
        {
            var node = map.Required(ruleId);
            var rule = catalog.Find(ruleId) ?? throw map.Error(node, $"thresholds for unknown rule '{ruleId}'");
            var values = new YamlMap(node, map.File, $"thresholds of {ruleId}");
            var parsed = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var name in values.Keys.ToList())
            {
                var valueNode = values.Required(name);
                if (!rule.Thresholds.ContainsKey(name))
                {
                    throw values.Error(valueNode, $"rule {rule.Id} has no threshold '{name}'; it has: {(rule.Thresholds.Count == 0 ? "none" : string.Join(", ", rule.Thresholds.Keys))}");
                }

                parsed[name] = double.TryParse(values.Scalar(valueNode, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
                    ? value
                    : throw values.Error(valueNode, $"threshold '{name}' must be a non-negative number");
            }

            result[rule.Id] = parsed;
        }

        return result;
    }

    private static RiskAcceptance Acceptance(YamlMap map, RuleCatalog catalog)
    {
        var rule = RuleId(map, catalog);
        var acceptance = new RiskAcceptance(
            rule,
            Text(map, "app", "an acceptance"),
            Text(map, "reason", "an acceptance"),
            Text(map, "owner", "an acceptance"),
            Date(map, "expires", "an acceptance"),
            map.Line);
        map.Finish("an acceptance", ["rule", "app", "reason", "owner", "expires"]);
        return acceptance;
    }

    private static Attestation Attestation(YamlMap map, RuleCatalog catalog)
    {
        var rule = RuleId(map, catalog);
        var valueNode = map.Optional("value") ?? throw map.Error(map.Node, "an attestation needs 'value' (enforced or notEnforced)");
        var value = map.Scalar(valueNode, "value");
        bool passes;
        if (PassWords.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            passes = true;
        }
        else if (FailWords.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            passes = false;
        }
        else
        {
            throw map.Error(valueNode, $"attestation value '{value}' must be one of {string.Join(", ", PassWords.Concat(FailWords))}");
        }

        var attestation = new Attestation(rule, Text(map, "app", "an attestation"), value, passes, Text(map, "by", "an attestation"), Date(map, "date", "an attestation"), map.Line);
        map.Finish("an attestation", ["rule", "app", "value", "by", "date"]);
        return attestation;
    }

    private static string RuleId(YamlMap map, RuleCatalog catalog)
    {
        var node = map.Optional("rule") ?? throw map.Error(map.Node, "'rule' is required");
        var id = map.Scalar(node, "rule");
        return catalog.Find(id)?.Id ?? throw map.Error(node, $"unknown rule '{id}'");
    }

    private static string Text(YamlMap map, string key, string what)
    {
        var node = map.Optional(key) ?? throw map.Error(map.Node, $"{what} needs '{key}'");
        var value = map.Scalar(node, key).Trim();
        return value.Length > 0 ? value : throw map.Error(node, $"'{key}' must not be empty");
    }

    private static DateOnly Date(YamlMap map, string key, string what)
    {
        var node = map.Optional(key) ?? throw map.Error(map.Node, $"{what} needs '{key}' (a date, YYYY-MM-DD)");
        var text = map.Scalar(node, key);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw map.Error(node, $"'{text}' is not a date (YYYY-MM-DD)");
    }

    private static Dictionary<string, IReadOnlyDictionary<string, bool>> AppFacts(YamlMap? map)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, bool>>(StringComparer.Ordinal);
        if (map is null)
        {
            return result;
        }

        foreach (var app in map.Keys.ToList())
        {
            result[app] = Facts(new YamlMap(map.Required(app), map.File, $"facts of {app}"));
        }

        return result;
    }

    private static Dictionary<string, bool> Facts(YamlMap map)
    {
        var result = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var fact in map.Keys.ToList())
        {
            var node = map.Required(fact);
            result[fact] = map.Scalar(node, fact) switch
            {
                "true" => true,
                "false" => false,
                var other => throw map.Error(node, $"fact '{fact}' must be true or false, not '{other}'"),
            };
        }

        return result;
    }

}
