namespace Wsis.Diagnostics;

/// <summary>Finds the valid values closest to a mistyped one, for "did you mean" hints.</summary>
public static class Suggestions
{
    public static IReadOnlyList<string> Nearest(string value, IEnumerable<string> candidates, int max = 3)
    {
        var needle = value.Trim().ToLowerInvariant();
        var limit = Math.Max(2, needle.Length / 2);
        // The distance is at least the difference in length: a long mistyped value is not compared letter by letter with every name.
        return candidates
            .Where(c => Math.Abs(c.Length - needle.Length) <= limit)
            .Select(c => (Candidate: c, Distance: Distance(needle, c.ToLowerInvariant())))
            .Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Candidate)
            .ToList();
    }

    public static string? DidYouMean(string value, IEnumerable<string> candidates)
    {
        var nearest = Nearest(value, candidates);
        return nearest.Count == 0 ? null : $"Did you mean {string.Join(" or ", nearest.Select(n => $"'{n}'"))}?";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
