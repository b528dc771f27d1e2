using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json;

namespace HealthReview.Core.Cvss;

/// <summary>
/// FIRST's CVSS v4.0 scoring data, read once from the embedded cvss40_lookup.json (BSD-2-Clause,
/// FIRST and Red Hat; see LICENSE-cvss40.txt): the score of every MacroVector, the highest-severity
/// vectors of each equivalence class, and the depth of each class in severity steps. Scores are
/// held in tenths so that the interpolation can be done in integers.
/// </summary>
internal sealed class CvssV4Tables
{
    private const string ResourceName = "HealthReview.Core.Cvss.cvss40_lookup.json";

    private CvssV4Tables(
        IReadOnlyDictionary<string, int> macroVectorTenths,
        IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> highestSeverityParts,
        IReadOnlyDictionary<string, int> maxSeverityDepth)
    {
        MacroVectorTenths = macroVectorTenths;
        HighestSeverityParts = highestSeverityParts;
        MaxSeverityDepth = maxSeverityDepth;
        DepthCommonMultiple = maxSeverityDepth.Values.Aggregate(1L, (lcm, depth) => lcm / Gcd(lcm, depth) * depth);
    }

    public static CvssV4Tables Instance { get; } = Load();

    /// <summary>MacroVector ("000000" to "212221") to its score in tenths.</summary>
    public IReadOnlyDictionary<string, int> MacroVectorTenths { get; }

    /// <summary>
    /// Keyed "eq1:0", "eq2:1", "eq4:2", "eq5:0", and "eq3:0:1" for the joint EQ3/EQ6 class: the
    /// parts of the highest-severity vectors of that class, each as metric name to value.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> HighestSeverityParts { get; }

    /// <summary>Keyed "eq1:0" ... and "eq3eq6:0:1": the depth of the class in severity steps (tenths).</summary>
    public IReadOnlyDictionary<string, int> MaxSeverityDepth { get; }

    /// <summary>A common multiple of every depth, so that distance / depth can be summed as integers.</summary>
    public long DepthCommonMultiple { get; }

    private static CvssV4Tables Load()
    {
        using var stream = typeof(CvssV4Tables).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;

        var lookup = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in root.GetProperty("lookup").EnumerateObject())
        {
            // decimal keeps 9.8 exactly 9.8, so the conversion to tenths is exact.
            lookup.Add(entry.Name, (int)(entry.Value.GetDecimal() * 10));
        }

        var parts = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>(StringComparer.Ordinal);
        foreach (var eq in root.GetProperty("maxComposed").EnumerateObject())
        {
            foreach (var level in eq.Value.EnumerateObject())
            {
                if (level.Value.ValueKind == JsonValueKind.Array)
                {
                    parts.Add(eq.Name + ":" + level.Name, ReadParts(level.Value));
                }
                else
                {
                    foreach (var eq6 in level.Value.EnumerateObject())
                    {
                        parts.Add(eq.Name + ":" + level.Name + ":" + eq6.Name, ReadParts(eq6.Value));
                    }
                }
            }
        }

        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var eq in root.GetProperty("maxSeverity").EnumerateObject())
        {
            foreach (var level in eq.Value.EnumerateObject())
            {
                if (level.Value.ValueKind == JsonValueKind.Number)
                {
                    depth.Add(eq.Name + ":" + level.Name, level.Value.GetInt32());
                }
                else
                {
                    foreach (var eq6 in level.Value.EnumerateObject())
                    {
                        depth.Add(eq.Name + ":" + level.Name + ":" + eq6.Name, eq6.Value.GetInt32());
                    }
                }
            }
        }

        return new CvssV4Tables(
            new ReadOnlyDictionary<string, int>(lookup),
            new ReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>(parts),
            new ReadOnlyDictionary<string, int>(depth));
    }

    // "AV:N/PR:N/UI:N/" becomes {AV: N, PR: N, UI: N}.
    private static ReadOnlyCollection<IReadOnlyDictionary<string, string>> ReadParts(JsonElement array) =>
        array.EnumerateArray()
            .Select(item => (IReadOnlyDictionary<string, string>)new ReadOnlyDictionary<string, string>(
                (item.GetString() ?? string.Empty)
                    .Split('/', StringSplitOptions.RemoveEmptyEntries)
                    .Select(part => part.Split(':'))
                    .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal)))
            .ToList()
            .AsReadOnly();

    private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);

    /// <summary>A MacroVector as its six EQ digits, the key of <see cref="MacroVectorTenths"/>.</summary>
    public static string Key(int eq1, int eq2, int eq3, int eq4, int eq5, int eq6) =>
        string.Create(CultureInfo.InvariantCulture, $"{eq1}{eq2}{eq3}{eq4}{eq5}{eq6}");
}
