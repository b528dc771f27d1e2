using System.Globalization;

namespace HealthReview.Core.Cvss;

/// <summary>
/// A CVSS score. It is held in tenths so that comparisons, severity bands and printing are exact;
/// every CVSS version defines its scores with exactly one decimal.
/// </summary>
public readonly record struct CvssScore
{
    /// <summary>Creates a score from tenths: 74 is 7.4.</summary>
    public CvssScore(int tenths)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tenths);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(tenths, 100);
        Tenths = tenths;
    }

    /// <summary>The score in tenths, 0 to 100.</summary>
    public int Tenths { get; }

    /// <summary>The score as a number, 0.0 to 10.0.</summary>
    public double Value => Tenths / 10.0;

    /// <summary>The qualitative rating of this score.</summary>
    public CvssSeverity Severity => CvssSeverityScale.FromTenths(Tenths);

    /// <summary>The score with one decimal in invariant culture, e.g. "7.4" or "10.0".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Tenths / 10}.{Tenths % 10}");
}
