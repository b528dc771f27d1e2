using System.Xml;

namespace HealthReview.Loaders.Xml;

/// <summary>
/// A <see cref="NameTable"/> that counts the strings it holds, so that one table can serve every file a thread parses and
/// still be dropped once a hostile export has filled it with made-up names.
/// </summary>
internal sealed class CountingNameTable : XmlNameTable
{
    private readonly NameTable inner = new();

    public int Count { get; private set; }

    public override string Add(char[] array, int offset, int length)
    {
        if (inner.Get(array, offset, length) is { } existing)
        {
            return existing;
        }

        Count++;
        return inner.Add(array, offset, length);
    }

    public override string Add(string array)
    {
        if (inner.Get(array) is { } existing)
        {
            return existing;
        }

        Count++;
        return inner.Add(array);
    }

    public override string? Get(char[] array, int offset, int length) => inner.Get(array, offset, length);

    public override string? Get(string array) => inner.Get(array);
}
