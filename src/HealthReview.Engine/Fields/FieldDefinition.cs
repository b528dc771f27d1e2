using HealthReview.Core.Model;

namespace HealthReview.Engine.Fields;

/// <summary>One name rules may use, its type, its allowed values (enums), and how to read it for each kind of app.</summary>
public sealed record FieldDefinition(string Name, FieldType Type, IReadOnlyList<string> AllowedValues, IReadOnlyDictionary<AppKind, Func<FieldSource, FieldRead>> Readers)
{
    public bool AppliesTo(AppKind kind) => Readers.ContainsKey(kind);

    public FieldRead Read(FieldSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Readers.TryGetValue(source.Kind, out var read)
            ? read(source)
            : throw new InvalidOperationException($"field {Name} is not defined for {source.Kind}");
    }
}
