using System.Buffers;
using System.Buffers.Binary;

namespace HealthReview.Core.Inputs;

/// <summary>
/// A SHA-256 digest held as its 32 bytes. An inventory keeps one per file: as a 64-character hex string it is an object of
/// 150 bytes, which a snapshot of tens of thousands of files keeps (and the garbage collector copies) for nothing.
/// </summary>
internal readonly record struct Sha256Digest(ulong First, ulong Second, ulong Third, ulong Fourth)
{
    private const int HexLength = 64;

    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    /// <summary>The digest that <paramref name="text"/> spells, when it is exactly 64 lower-case hex digits.</summary>
    public static Sha256Digest? FromLowerHex(string? text)
    {
        if (text is null || text.Length != HexLength || text.AsSpan().ContainsAnyExcept(LowerHex))
        {
            return null;
        }

        Span<byte> bytes = stackalloc byte[HexLength / 2];
        Convert.FromHexString(text, bytes, out _, out _);
        return new Sha256Digest(
            BinaryPrimitives.ReadUInt64BigEndian(bytes),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]));
    }

    /// <summary>The 64 lower-case hex digits.</summary>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[HexLength / 2];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, First);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], Second);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[16..], Third);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[24..], Fourth);
        return Convert.ToHexStringLower(bytes);
    }
}
