using System.Collections;
using System.Globalization;

namespace HealthReview.Engine.Evaluation;

/// <summary>How values read in reports: invariant numbers, lower-case booleans, lists joined with commas.</summary>
public static class ValueText
{
    public static string Of(object? value) => value switch
    {
        null => "(none)",
        bool b => b ? "true" : "false",
        double d => d.ToString("0.##", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        string s => s,
        IEnumerable list => string.Join(", ", list.Cast<object>().Select(Of)),
        _ => value.ToString() ?? string.Empty,
    };
}
