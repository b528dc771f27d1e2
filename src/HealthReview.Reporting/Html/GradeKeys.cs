namespace HealthReview.Reporting.Html;

/// <summary>The CSS key of a Health Check grade band (its colour); the grade's words are always printed beside it.</summary>
internal static class GradeKeys
{
    public static string For(string? grade) => grade switch
    {
        "Excellent" => "grade-excellent",
        "Very Good" => "grade-very-good",
        "Good" => "grade-good",
        "Poor" => "grade-poor",
        "Very Poor" => "grade-very-poor",
        _ => "grade-none",
    };
}
