namespace Wsis.Scaffold;

/// <summary>The next free roadmap label after the last one of a group: B → C, b5 → b6, iv → v.</summary>
public static class Labels
{
    private static readonly string[] Romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"];

    /// <summary>Null when no next label can be guessed; the editor then names it with --label.</summary>
    public static string? Next(IReadOnlyList<string> labels, bool upperCaseWhenEmpty)
    {
        if (labels.Count == 0) return upperCaseWhenEmpty ? "A" : "a";
        var taken = labels.Select(l => l.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var candidate = labels[^1];
        for (var tries = 0; tries < 50; tries++)
        {
            candidate = Successor(candidate, labels);
            if (candidate is null) return null;
            if (!taken.Contains(candidate.ToLowerInvariant())) return candidate;
        }
        return null;
    }

    private static string? Successor(string label, IReadOnlyList<string> all)
    {
        var lower = label.ToLowerInvariant();
        var isRoman = Array.IndexOf(Romans, lower) is var r && r >= 0 && all.All(l => Array.IndexOf(Romans, l.ToLowerInvariant()) >= 0) && all.Any(l => l.Length > 1);
        if (isRoman)
            return r + 1 < Romans.Length ? (label == lower ? Romans[r + 1] : Romans[r + 1].ToUpperInvariant()) : null;
        if (label.Length == 1 && char.IsAsciiLetter(label[0]))
            return label[0] is 'z' or 'Z' ? null : ((char)(label[0] + 1)).ToString();
        var digits = label.Length - label.AsSpan().TrimEnd("0123456789").Length;
        if (digits > 0 && int.TryParse(label.AsSpan(label.Length - digits), out var number))
            return label[..^digits] + (number + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return null;
    }
}
