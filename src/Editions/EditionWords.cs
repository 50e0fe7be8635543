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
        return $"{changes.Count} item{(changes.Count == 1 ? "" : "s")}: {string.Join(", ", parts)}";
    }

    public static string FieldNames(ItemChange change) => string.Join(", ", change.Fields.Select(f => f.Label));

    public static bool HasMarks(FieldChange field) => field.Diff.Any(s => s.Kind != DiffSegment.Same);
}
