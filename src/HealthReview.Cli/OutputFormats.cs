namespace HealthReview.Cli;

/// <summary>The <c>--format</c> list: validated against the formats this build can write.</summary>
public static class OutputFormats
{
    public const string Console = "console";

    public static IReadOnlyList<string> Parse(string? list, IReadOnlyCollection<string> available)
    {
        ArgumentNullException.ThrowIfNull(available);
        var formats = (list ?? Console).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (formats.Count == 0)
        {
            throw new UsageException("--format needs at least one format");
        }

        var unknown = formats.Where(f => f != Console && !available.Contains(f)).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException($"unknown format '{string.Join("', '", unknown)}'; available: {string.Join(", ", new[] { Console }.Concat(available))}");
        }

        return formats;
    }
}
