namespace HealthReview.Loaders.Xml;

/// <summary>
/// How an enum is spelled in metadata. Matching is case-insensitive because Salesforce itself is inconsistent
/// (<c>Enforce_RelaxRefresh</c> in the docs, <c>Enforce_relaxrefresh</c> in a validator message, <c>ENFORCE_RELAXREFRESH</c> in Connected Apps).
/// </summary>
public sealed class EnumSpelling<T>
    where T : struct, Enum
{
    private readonly Dictionary<string, T> values = new(StringComparer.OrdinalIgnoreCase);

    public EnumSpelling(params (string Spelling, T Value)[] spellings)
    {
        ArgumentNullException.ThrowIfNull(spellings);
        foreach (var (spelling, value) in spellings)
        {
            values[spelling] = value;
        }

        Expected = string.Join(", ", spellings.Select(s => s.Spelling));
    }

    /// <summary>The documented spellings, for error messages.</summary>
    public string Expected { get; }

    public bool TryParse(string text, out T value) => values.TryGetValue(text.Trim(), out value);
}
