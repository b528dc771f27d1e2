using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace HealthReview.Loaders.Xml;

/// <summary>
/// Shares the strings of values that repeat from file to file (enum values, e-mail addresses, standard callback URLs,
/// scope names), so that a snapshot of thousands of apps keeps one copy of each instead of one per file.
/// </summary>
/// <remarks>
/// A fixed-size table per thread, one string per slot chosen by hash: a value that is not there replaces the slot's
/// string. It never grows, so text that does not repeat (labels, descriptions, hostile input) costs a hash and nothing
/// kept; a value that repeats is usually found. Which copy a value gets never changes what it says.
/// </remarks>
internal static class TextPool
{
    /// <summary>Longer text is rarely repeated and is not worth hashing.</summary>
    public const int MaxLength = 96;

    private const int Slots = 4096;

    [ThreadStatic]
    private static string?[]? slots;

    /// <summary>A string with the characters of <paramref name="text"/>: a shared one when the pool has it.</summary>
    public static string Share(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        if (text.Length > MaxLength)
        {
            return text.ToString();
        }

        var table = slots ??= new string?[Slots];
        var slot = (int)(Mix(text) & (Slots - 1));
        if (table[slot] is { } existing && text.SequenceEqual(existing))
        {
            return existing;
        }

        var created = text.ToString();
        table[slot] = created;
        return created;
    }

    /// <summary>
    /// A quick mix of the length and the first, middle and last four characters: enough to spread values over the slots
    /// (a collision only costs a copy), and several times cheaper than a full string hash, which showed in profiles.
    /// </summary>
    private static ulong Mix(ReadOnlySpan<char> text)
    {
        var bytes = MemoryMarshal.AsBytes(text);
        var hash = (ulong)text.Length * 0x9E3779B97F4A7C15UL;
        if (bytes.Length >= sizeof(ulong))
        {
            hash ^= BinaryPrimitives.ReadUInt64LittleEndian(bytes) * 0xC2B2AE3D27D4EB4FUL;
            hash ^= BinaryPrimitives.ReadUInt64LittleEndian(bytes[((bytes.Length - sizeof(ulong)) / 2)..]) * 0x165667B19E3779F9UL;
            hash ^= BinaryPrimitives.ReadUInt64LittleEndian(bytes[^sizeof(ulong)..]) * 0x27D4EB2F165667C5UL;
        }
        else
        {
            foreach (var c in text)
            {
                hash = (hash ^ c) * 0x100000001B3UL;
            }
        }

        return hash ^ (hash >> 29);
    }
}
