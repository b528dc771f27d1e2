namespace HealthReview.Core.Cvss;

/// <summary>The output line of <c>healthreview cvss</c>.</summary>
public static class CvssLine
{
    /// <summary>
    /// <c>VECTOR&lt;TAB&gt;SCORE&lt;TAB&gt;SEVERITY</c>: the canonical vector, its score with one decimal
    /// in invariant culture, and the severity word (None, Low, Medium, High, Critical).
    /// </summary>
    public static string Format(CvssVector vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        return $"{vector}\t{vector.Score}\t{vector.Score.Severity}";
    }
}
