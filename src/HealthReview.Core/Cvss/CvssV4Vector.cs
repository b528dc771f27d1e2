using System.Diagnostics.CodeAnalysis;

namespace HealthReview.Core.Cvss;

/// <summary>
/// A CVSS v4.0 vector scored as FIRST's v4.0 calculator does. Metrics must appear in specification
/// order. Supplemental metrics are kept in the vector but do not change the score.
/// </summary>
public sealed class CvssV4Vector : CvssVector
{
    internal CvssV4Vector(CvssMetricSet metricSet, IReadOnlyDictionary<string, string> metrics)
        : base(metricSet, metrics)
    {
        var tables = CvssV4Tables.Instance;
        var baseOnly = metrics
            .Where(pair => metricSet.Find(pair.Key)!.Group == CvssMetricGroup.Base)
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        BaseScore = new CvssScore(CvssV4Scoring.Score(baseOnly, tables));
        Score = new CvssScore(CvssV4Scoring.Score(metrics, tables));

        var hasThreat = metrics.Keys.Any(name => metricSet.Find(name)!.Group == CvssMetricGroup.Threat);
        var hasEnvironmental = metrics.Keys.Any(name => metricSet.Find(name)!.Group == CvssMetricGroup.Environmental);
        Nomenclature = "CVSS-B" + (hasThreat ? "T" : "") + (hasEnvironmental ? "E" : "");

        var (eq1, eq2, eq3, eq4, eq5, eq6) = CvssV4Scoring.MacroVector(metrics);
        MacroVector = CvssV4Tables.Key(eq1, eq2, eq3, eq4, eq5, eq6);
    }

    /// <summary>CVSS-B: the score of the base metrics alone, ignoring threat and environmental metrics.</summary>
    public override CvssScore BaseScore { get; }

    /// <summary>The score of all metrics given (CVSS-B, -BT, -BE or -BTE; see <see cref="Nomenclature"/>).</summary>
    public override CvssScore Score { get; }

    /// <summary>Which metric groups <see cref="Score"/> reflects: "CVSS-B", "CVSS-BT", "CVSS-BE" or "CVSS-BTE".</summary>
    public string Nomenclature { get; }

    /// <summary>The six EQ digits of the vector's MacroVector, e.g. "002201".</summary>
    public string MacroVector { get; }

    /// <summary>Parses a <c>CVSS:4.0/</c> vector.</summary>
    public static bool TryParse(
        [NotNullWhen(true)] string? text,
        [NotNullWhen(true)] out CvssV4Vector? vector,
        [NotNullWhen(false)] out string? error)
    {
        vector = null;
        if (!CvssVector.TryParse(text, out var parsed, out error))
        {
            return false;
        }

        if (parsed is not CvssV4Vector v4)
        {
            error = "Expected a CVSS v4.0 vector ('CVSS:4.0/').";
            return false;
        }

        vector = v4;
        return true;
    }

    /// <summary>Parses a <c>CVSS:4.0/</c> vector; throws <see cref="FormatException"/> with the parse error.</summary>
    public static new CvssV4Vector Parse(string text) =>
        TryParse(text, out var vector, out var error) ? vector : throw new FormatException(error);

    /// <inheritdoc />
    public override CvssV4Vector WithMetrics(IReadOnlyDictionary<string, string> metrics) =>
        new(MetricSet, Apply(metrics));
}
