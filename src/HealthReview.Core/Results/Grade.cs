namespace HealthReview.Core.Results;

/// <summary>Salesforce Health Check's grade bands, applied to the 0–100 posture score.</summary>
public static class Grade
{
    public const string NotRated = "Not rated";

    public static string For(double? score) => score switch
    {
        null => NotRated,
        >= 90 => "Excellent",
        >= 80 => "Very Good",
        >= 70 => "Good",
        >= 55 => "Poor",
        _ => "Very Poor",
    };

    /// <summary>Health Check's recommended action for a score band.</summary>
    public static string Recommendation(double? score) => score switch
    {
        null => "Nothing could be evaluated: retrieve the missing metadata and scan again.",
        <= 33 => "Remediate high risks immediately.",
        < 67 => "Remediate high risks in the short term and medium risks in the long term.",
        _ => "Review periodically to remediate risks.",
    };
}
