using System.Globalization;

namespace HealthReview.Core.Cvss;

/// <summary>Maps a CVSS score to its qualitative severity rating.</summary>
public static class CvssSeverityScale
{
    /// <summary>The rating of a score given in tenths (0 to 100), so that band edges are exact.</summary>
    public static CvssSeverity FromTenths(int tenths) => tenths switch
    {
        < 0 or > 100 => throw new ArgumentOutOfRangeException(nameof(tenths), tenths, "A CVSS score lies between 0.0 and 10.0."),
        0 => CvssSeverity.None,
        < 40 => CvssSeverity.Low,
        < 70 => CvssSeverity.Medium,
        < 90 => CvssSeverity.High,
        _ => CvssSeverity.Critical,
    };

    /// <summary>
    /// The rating of a score such as 7.4. The score is first rounded to one decimal (half away from zero)
    /// because the bands are defined on one-decimal scores and 3.9 to 4.0 has no value in between.
    /// </summary>
    public static CvssSeverity FromScore(double score)
    {
        if (double.IsNaN(score) || score < 0 || score > 10)
        {
            throw new ArgumentOutOfRangeException(
                nameof(score), score.ToString(CultureInfo.InvariantCulture), "A CVSS score lies between 0.0 and 10.0.");
        }

        return FromTenths((int)Math.Round(score * 10, MidpointRounding.AwayFromZero));
    }
}
