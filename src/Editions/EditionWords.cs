using Wsis.Render.Views;

namespace Wsis.Editions;

/// <summary>The phrases edition pages, item histories and `changes` share, so each says a change the same way.</summary>
public static class EditionWords
{
    /// <summary>"Second edition" → "second edition", for "in the second edition"; a name such as "WSIS+20 edition" stays as it is.</summary>
    public static string InSentence(string title) =>
        title.Length > 1 && char.IsUpper(title[0]) && char.IsLower(title[1]) ? char.ToLowerInvariant(title[0]) + title[1..] : title;

    public static string Counts(IReadOnlyList<ItemChange>? changes)
    {
        if (changes is null || changes.Count == 0) return "no change to any item";
        var parts = new[] { ChangeKind.Changed, ChangeKind.Added, ChangeKind.Removed, ChangeKind.Moved }
            .Select(kind => (Kind: kind, Count: changes.Count(c => c.Kind == kind)))
            .Where(k => k.Count > 0)
            .Select(k => $"{k.Count} {k.Kind.ToString().ToLowerInvariant()}");
        var items = $"{changes.Count} item{(changes.Count == 1 ? "" : "s")}";
        var kinds = changes.Select(c => c.Kind).Distinct().ToList();
        return kinds.Count == 1 ? $"{items} {kinds[0].ToString().ToLowerInvariant()}" : $"{items}: {string.Join(", ", parts)}";
    }

    public static string FieldNames(ItemChange change) => string.Join(", ", change.Fields.Select(f => f.Label));

    /// <summary>A space between a deletion and the insertion right after it, so "all" → "governments" is not read "allgovernments".</summary>
    public static IReadOnlyList<DiffSegment> Spaced(IReadOnlyList<DiffSegment> diff) =>
        diff.SelectMany((s, i) => i > 0 && s.Kind == DiffSegment.Inserted && diff[i - 1].Kind == DiffSegment.Deleted ? [new DiffSegment(DiffSegment.Same, " "), s] : new[] { s }).ToList();
}
