namespace HealthReview.Core.Results;

/// <summary>
/// A 0–100 score (higher is better) over the evaluated findings, with its grade and how much could be evaluated.
/// </summary>
/// <param name="Score">Null when nothing could be evaluated.</param>
/// <param name="Evaluated">Findings that counted: pass, fail, waived.</param>
/// <param name="Total">All findings, including notApplicable and notEvaluated.</param>
public sealed record PostureScore(double? Score, string Grade, int Evaluated, int NotApplicable, int NotEvaluated, int Total)
{
    /// <summary>Share of applicable findings that could be evaluated, 0–100; null when none applied.</summary>
    public double? Coverage => Total - NotApplicable == 0 ? null : Math.Round(100.0 * Evaluated / (Total - NotApplicable), 1, MidpointRounding.AwayFromZero);
}
