using System.Diagnostics.CodeAnalysis;

namespace HealthReview.Core.Cvss;

/// <summary>
/// A parsed CVSS vector of any supported version. Instances are immutable; metrics given as X
/// (Not Defined) are treated as absent, so <see cref="ToString"/> is the canonical form: the
/// version prefix, then every given metric in specification order.
/// </summary>
public abstract class CvssVector : IEquatable<CvssVector>
{
    private readonly string _canonical;

    private protected CvssVector(CvssMetricSet metricSet, IReadOnlyDictionary<string, string> metrics)
    {
        MetricSet = metricSet;
        Metrics = metrics;
        _canonical = metricSet.Format(metrics);
    }

    /// <summary>The CVSS version, from the vector prefix.</summary>
    public CvssVersion Version => MetricSet.Version;

    /// <summary>The metrics given in the vector (name to abbreviated value), without Not Defined ones.</summary>
    public IReadOnlyDictionary<string, string> Metrics { get; }

    /// <summary>The score of the base metrics alone (v3 Base Score, v4 CVSS-B).</summary>
    public abstract CvssScore BaseScore { get; }

    /// <summary>The score that describes the vector as given; see the version's type for which one that is.</summary>
    public abstract CvssScore Score { get; }

    private protected CvssMetricSet MetricSet { get; }

    /// <summary>Parses a v3.0, v3.1 or v4.0 vector, choosing the version from its prefix.</summary>
    public static bool TryParse(
        [NotNullWhen(true)] string? text,
        [NotNullWhen(true)] out CvssVector? vector,
        [NotNullWhen(false)] out string? error)
    {
        vector = null;
        if (!CvssMetricSets.TryResolve(text, out var set, out error))
        {
            return false;
        }

        if (!set.TryParseBody(text!, out var metrics, out error))
        {
            return false;
        }

        vector = set.Version == CvssVersion.V4_0 ? new CvssV4Vector(set, metrics) : new CvssV3Vector(set, metrics);
        error = null;
        return true;
    }

    /// <summary>Parses a v3.0, v3.1 or v4.0 vector; throws <see cref="FormatException"/> with the parse error.</summary>
    public static CvssVector Parse(string text) =>
        TryParse(text, out var vector, out var error) ? vector : throw new FormatException(error);

    /// <summary>
    /// A vector with the given metrics added or replaced (a value of X removes the metric), e.g. to
    /// apply environmental modifiers such as CR:H or MAV:A. Throws <see cref="ArgumentException"/>
    /// for a metric or value this version does not define.
    /// </summary>
    public abstract CvssVector WithMetrics(IReadOnlyDictionary<string, string> metrics);

    /// <summary>The canonical vector string, e.g. <c>CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H</c>.</summary>
    public override string ToString() => _canonical;

    /// <summary>Vectors are equal when their canonical strings are.</summary>
    public bool Equals(CvssVector? other) =>
        other is not null && string.Equals(_canonical, other._canonical, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CvssVector);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_canonical);

    private protected IReadOnlyDictionary<string, string> Apply(IReadOnlyDictionary<string, string> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return MetricSet.TryApply(Metrics, metrics, out var merged, out var error)
            ? merged
            : throw new ArgumentException(error, nameof(metrics));
    }
}
