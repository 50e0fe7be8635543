namespace Wsis.Sample;

/// <summary>
/// SplitMix64: a tiny generator whose sequence is fixed by its seed on every runtime and version,
/// which System.Random does not promise; the sample must be byte-identical for a given size.
/// </summary>
public sealed class SampleRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number from min to max, both included.</summary>
    public int Between(int min, int max) => min + (int)(Next() % (ulong)(max - min + 1));

    public T Pick<T>(IReadOnlyList<T> items) => items[(int)(Next() % (ulong)items.Count)];
}
