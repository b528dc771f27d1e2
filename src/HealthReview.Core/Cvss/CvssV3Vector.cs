using System.Diagnostics.CodeAnalysis;

namespace HealthReview.Core.Cvss;

/// <summary>
/// A CVSS v3.0 or v3.1 vector with its base, temporal and environmental scores, computed as FIRST's
/// calculators do. Metrics may appear in any order (v3.1 specification section 6).
/// </summary>
public sealed class CvssV3Vector : CvssVector
{
    private static readonly CvssMetricGroup[] EnvironmentalGroup = [CvssMetricGroup.Environmental];
    private static readonly CvssMetricGroup[] TemporalGroup = [CvssMetricGroup.Temporal];

    internal CvssV3Vector(CvssMetricSet metricSet, IReadOnlyDictionary<string, string> metrics)
        : base(metricSet, metrics)
    {
        var (baseTenths, temporalTenths, environmentalTenths) = CvssV3Scoring.Score(metricSet.Version, metrics);
        BaseScore = new CvssScore(baseTenths);
        TemporalScore = new CvssScore(temporalTenths);
        EnvironmentalScore = new CvssScore(environmentalTenths);
        HasEnvironmentalMetrics = Has(EnvironmentalGroup);
        HasTemporalMetrics = Has(TemporalGroup);
    }

    /// <inheritdoc />
    public override CvssScore BaseScore { get; }

    /// <summary>The temporal score; equals the base score when no temporal metric is given.</summary>
    public CvssScore TemporalScore { get; }

    /// <summary>The environmental score, computed even when no environmental metric is given.</summary>
    public CvssScore EnvironmentalScore { get; }

    /// <summary>Whether any temporal metric (E, RL, RC) is given with a value other than X.</summary>
    public bool HasTemporalMetrics { get; }

    /// <summary>Whether any environmental metric (CR, IR, AR, MAV ... MA) is given with a value other than X.</summary>
    public bool HasEnvironmentalMetrics { get; }

    /// <summary>
    /// The environmental score if any environmental metric is given, else the temporal score if any
    /// temporal metric is given, else the base score: the most specific score the vector supports.
    /// </summary>
    public override CvssScore Score =>
        HasEnvironmentalMetrics ? EnvironmentalScore : HasTemporalMetrics ? TemporalScore : BaseScore;

    /// <summary>Parses a <c>CVSS:3.0/</c> or <c>CVSS:3.1/</c> vector.</summary>
    public static bool TryParse(
        [NotNullWhen(true)] string? text,
        [NotNullWhen(true)] out CvssV3Vector? vector,
        [NotNullWhen(false)] out string? error)
    {
        vector = null;
        if (!CvssVector.TryParse(text, out var parsed, out error))
        {
            return false;
        }

        if (parsed is not CvssV3Vector v3)
        {
            error = "Expected a CVSS v3.0 or v3.1 vector ('CVSS:3.0/' or 'CVSS:3.1/').";
            return false;
        }

        vector = v3;
        return true;
    }

    /// <summary>Parses a <c>CVSS:3.0/</c> or <c>CVSS:3.1/</c> vector; throws <see cref="FormatException"/> with the parse error.</summary>
    public static new CvssV3Vector Parse(string text) =>
        TryParse(text, out var vector, out var error) ? vector : throw new FormatException(error);

    /// <inheritdoc />
    public override CvssV3Vector WithMetrics(IReadOnlyDictionary<string, string> metrics) =>
        new(MetricSet, Apply(metrics));

    private bool Has(CvssMetricGroup[] groups) =>
        Metrics.Keys.Any(name => groups.Contains(MetricSet.Find(name)!.Group));
}
