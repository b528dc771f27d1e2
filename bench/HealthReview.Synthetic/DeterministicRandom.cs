namespace HealthReview.Synthetic;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014): a fixed, tiny algorithm, so a seed gives the same sequence on every .NET
/// version and platform, which <see cref="Random"/> does not promise. Not for anything security-related.
/// </summary>
internal sealed class DeterministicRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    private ulong _state;

    public DeterministicRandom(ulong seed) => _state = seed;

    /// <summary>An independent stream for one app, so apps can be generated in parallel and in any order.</summary>
    public static DeterministicRandom ForStream(int seed, long stream) =>
        new(Finalize(unchecked(((ulong)(uint)seed * Golden) ^ Finalize((ulong)stream + 1))));

    public ulong NextUInt64()
    {
        _state = unchecked(_state + Golden);
        return Finalize(_state);
    }

    /// <summary>Uniform integer in [0, maxExclusive). The modulo bias is negligible for the small ranges used here.</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)(NextUInt64() % (ulong)maxExclusive);
    }

    /// <summary>Uniform integer in [minInclusive, maxExclusive).</summary>
    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    /// <summary>Uniform double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Up to <paramref name="count"/> different items, in the list's order.</summary>
    public IReadOnlyList<T> PickDistinct<T>(IReadOnlyList<T> items, int count)
    {
        var chosen = new bool[items.Count];
        for (var i = 0; i < Math.Min(count, items.Count); i++)
        {
            var index = Next(items.Count);
            while (chosen[index])
            {
                index = (index + 1) % items.Count;
            }

            chosen[index] = true;
        }

        var result = new List<T>(count);
        for (var i = 0; i < items.Count; i++)
        {
            if (chosen[i])
            {
                result.Add(items[i]);
            }
        }

        return result;
    }

    public void NextBytes(Span<byte> buffer)
    {
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = (byte)NextUInt64();
        }
    }

    private static ulong Finalize(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
