namespace HealthReview.Core.Results;

/// <summary>A control's estimated CVSS range (Salesforce's Security Health Review guidance, or ours).</summary>
public sealed record ScoreRange(double Min, double Max)
{
    public double Clamp(double score) => Math.Min(Max, Math.Max(Min, score));

    public bool Contains(double score) => score >= Min && score <= Max;
}
