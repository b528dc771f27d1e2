using System.Collections.ObjectModel;
using System.Globalization;

namespace HealthReview.Core.Cvss;

/// <summary>
/// The metrics of one CVSS version in specification order, with the strict parser and the canonical
/// formatter for its vector strings. Metrics given as X (Not Defined) are dropped on the way in:
/// they score exactly like absent metrics, and dropping them gives each vector one canonical form.
/// </summary>
internal sealed class CvssMetricSet
{
    private const string NotDefined = "X";

    private readonly Dictionary<string, int> _indexByName;

    public CvssMetricSet(CvssVersion version, string versionNumber, bool requiresSpecOrder, IReadOnlyList<CvssMetricDefinition> definitions)
    {
        Version = version;
        VersionNumber = versionNumber;
        RequiresSpecOrder = requiresSpecOrder;
        Definitions = definitions;
        _indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < definitions.Count; i++)
        {
            _indexByName.Add(definitions[i].Name, i);
        }
    }

    public CvssVersion Version { get; }

    /// <summary>"3.0", "3.1" or "4.0".</summary>
    public string VersionNumber { get; }

    /// <summary>The vector prefix including its slash, e.g. "CVSS:3.1/".</summary>
    public string Prefix => "CVSS:" + VersionNumber + "/";

    /// <summary>
    /// v3.x readers "must accept metrics in any order" (v3.1 specification section 6); v4.0 vectors
    /// must list metrics in the specification's order.
    /// </summary>
    public bool RequiresSpecOrder { get; }

    public IReadOnlyList<CvssMetricDefinition> Definitions { get; }

    public CvssMetricDefinition? Find(string name) =>
        _indexByName.TryGetValue(name, out var index) ? Definitions[index] : null;

    /// <summary>Parses the metrics after the prefix, which the caller has already matched.</summary>
    public bool TryParseBody(string vector, out IReadOnlyDictionary<string, string> metrics, out string error)
    {
        metrics = ReadOnlyDictionary<string, string>.Empty;
        var body = vector[Prefix.Length..];
        if (body.Length == 0)
        {
            error = $"The CVSS vector has no metrics after '{Prefix}'.";
            return false;
        }

        var segments = body.Split('/');
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        var previousIndex = -1;
        for (var position = 0; position < segments.Length; position++)
        {
            var segment = segments[position];
            if (segment.Length == 0)
            {
                error = position == segments.Length - 1
                    ? "The CVSS vector ends with '/': remove the trailing slash."
                    : Invariant($"The CVSS vector has an empty metric at position {position + 1} ('//').");
                return false;
            }

            var parts = segment.Split(':');
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                error = Invariant($"Malformed metric '{segment}' at position {position + 1}: expected NAME:VALUE such as AV:N.");
                return false;
            }

            var (name, value) = (parts[0], parts[1]);
            if (!_indexByName.TryGetValue(name, out var index))
            {
                error = UnknownMetric(name);
                return false;
            }

            if (given.ContainsKey(name))
            {
                error = $"Metric {name} appears more than once; each metric may be given only once.";
                return false;
            }

            var definition = Definitions[index];
            if (!IsAllowed(definition, value))
            {
                error = InvalidValue(definition, value);
                return false;
            }

            if (RequiresSpecOrder && index < previousIndex)
            {
                error = $"Metric {name} is out of order: CVSS v{VersionNumber} requires the specification order, where {name} comes before {Definitions[previousIndex].Name}.";
                return false;
            }

            previousIndex = Math.Max(previousIndex, index);
            given.Add(name, value);
        }

        var missing = Definitions.Where(d => d.IsMandatory && !given.ContainsKey(d.Name)).Select(d => d.Name).ToList();
        if (missing.Count > 0)
        {
            error = $"The CVSS v{VersionNumber} vector is missing mandatory base metric{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing)}.";
            return false;
        }

        metrics = Normalize(given);
        error = string.Empty;
        return true;
    }

    /// <summary>Adds or replaces metrics; a change to X removes the metric (Not Defined).</summary>
    public bool TryApply(
        IReadOnlyDictionary<string, string> current,
        IReadOnlyDictionary<string, string> changes,
        out IReadOnlyDictionary<string, string> metrics,
        out string error)
    {
        metrics = current;
        var merged = new Dictionary<string, string>(current, StringComparer.Ordinal);
        foreach (var (name, value) in changes)
        {
            var definition = Find(name);
            if (definition is null)
            {
                error = UnknownMetric(name);
                return false;
            }

            if (!IsAllowed(definition, value))
            {
                error = InvalidValue(definition, value);
                return false;
            }

            merged[name] = value;
        }

        metrics = Normalize(merged);
        error = string.Empty;
        return true;
    }

    /// <summary>The canonical vector string: prefix, then the given metrics in specification order.</summary>
    public string Format(IReadOnlyDictionary<string, string> metrics)
    {
        var parts = Definitions
            .Where(d => metrics.ContainsKey(d.Name))
            .Select(d => d.Name + ":" + metrics[d.Name]);
        return "CVSS:" + VersionNumber + "/" + string.Join("/", parts);
    }

    private static bool IsAllowed(CvssMetricDefinition definition, string value) =>
        definition.Values.Contains(value, StringComparer.Ordinal);

    private string UnknownMetric(string name) =>
        $"Unknown CVSS v{VersionNumber} metric '{name}'.";

    private static string InvalidValue(CvssMetricDefinition definition, string value) =>
        $"Invalid value '{value}' for metric {definition.Name} ({definition.Title}): allowed values are {string.Join(", ", definition.Values)}.";

    /// <summary>Drops Not Defined metrics and fixes the enumeration order to the specification's.</summary>
    private ReadOnlyDictionary<string, string> Normalize(Dictionary<string, string> metrics)
    {
        var ordered = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var definition in Definitions)
        {
            if (metrics.TryGetValue(definition.Name, out var value) && value != NotDefined)
            {
                ordered.Add(definition.Name, value);
            }
        }

        return new ReadOnlyDictionary<string, string>(ordered);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
