namespace HealthReview.Reporting.Html;

/// <summary>Numbers each distinct string once, in first-use order (so the same result gives the same table).</summary>
internal sealed class StringTable
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> values = [];

    public IReadOnlyList<string> Values => values;

    public int Id(string value)
    {
        if (!ids.TryGetValue(value, out var id))
        {
            id = values.Count;
            ids.Add(value, id);
            values.Add(value);
        }

        return id;
    }
}
