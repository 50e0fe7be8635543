using System.Collections.Concurrent;

namespace Wsis.Caching;

/// <summary>
/// Remembers the results of a pure function across builds of a long-running process (serve), so a rebuild
/// redoes only the work whose inputs changed. Keys must capture every input of the function. Entries not
/// used by the latest build are dropped by <see cref="Sweep"/>, so memory follows the size of one build.
/// Safe to use from parallel stages. A memo made with <c>remember: false</c> (a one-off build) keeps nothing and
/// only runs the function, so callers need no second path for the case without a cache.
/// </summary>
public sealed class Memo<TKey, TValue> where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries;
    private int _generation;
    private int _hits;
    private int _misses;

    public Memo(IEqualityComparer<TKey>? comparer = null, bool remember = true)
    {
        _entries = new ConcurrentDictionary<TKey, Entry>(comparer);
        Remembers = remember;
    }

    /// <summary>False for the do-nothing memo of a one-off build: work whose only purpose is a key can be skipped.</summary>
    public bool Remembers { get; }

    public int Hits => _hits;
    public int Misses => _misses;
    public int Count => _entries.Count;

    /// <summary>Every key and result held now, for tests that examine all the results of a build.</summary>
    public IReadOnlyList<KeyValuePair<TKey, TValue>> Entries() => _entries.Select(e => KeyValuePair.Create(e.Key, e.Value.Value)).ToList();

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> compute)
    {
        if (!Remembers) return compute(key);
        if (_entries.TryGetValue(key, out var entry))
        {
            entry.Generation = _generation;
            Interlocked.Increment(ref _hits);
            return entry.Value;
        }
        Interlocked.Increment(ref _misses);
        var value = compute(key);
        _entries[key] = new Entry(value) { Generation = _generation };
        return value;
    }

    /// <summary>Remembers a value computed elsewhere, such as a page render that may fail and must then not be kept.</summary>
    public bool TryGet(TKey key, out TValue value)
    {
        value = default!;
        if (!Remembers) return false;
        if (_entries.TryGetValue(key, out var entry))
        {
            entry.Generation = _generation;
            Interlocked.Increment(ref _hits);
            value = entry.Value;
            return true;
        }
        Interlocked.Increment(ref _misses);
        return false;
    }

    public void Set(TKey key, TValue value)
    {
        if (Remembers) _entries[key] = new Entry(value) { Generation = _generation };
    }

    /// <summary>Ends a build: drops what it did not use, resets the counters and starts the next generation.</summary>
    public void Sweep()
    {
        foreach (var (key, entry) in _entries)
            if (entry.Generation != _generation) _entries.TryRemove(key, out _);
        _generation++;
        _hits = 0;
        _misses = 0;
    }

    private sealed class Entry(TValue value)
    {
        public TValue Value { get; } = value;
        public int Generation { get; set; }
    }
}
