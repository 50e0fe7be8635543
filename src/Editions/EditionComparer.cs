using Wsis.Render.Views;
using Wsis.Model;

namespace Wsis.Editions;

/// <summary>Compares two models item by item, by identity; pure. Items are listed in the order of the newer model, removed ones where they stood.</summary>
public static class EditionComparer
{
    public static IReadOnlyList<ItemChange> Compare(Publication before, Publication after)
    {
        var old = Facts(before);
        var now = Facts(after);
        var removed = old.Where(o => !now.ContainsKey(o.Key)).Select(o => o.Value).ToList();
        var changes = new List<(ItemChange Change, (int, int, int) Order)>();
        foreach (var facts in now.Values)
        {
            if (old.TryGetValue(facts.Key, out var was))
            {
                if (Fields(was, facts) is { Count: > 0 } fields) changes.Add((new ItemChange(ChangeKind.Changed, was, facts, fields), Order(after, facts, 0)));
                continue;
            }
            // Same text under a new number, label, group or action line: moved, not removed and added.
            var from = removed.FirstOrDefault(r => r.Item.GetType() == facts.Item.GetType() && r.MainText == facts.MainText);
            if (from is not null)
            {
                removed.Remove(from);
                changes.Add((new ItemChange(ChangeKind.Moved, from, facts, Fields(from, facts)), Order(after, facts, 0)));
            }
            else
                changes.Add((new ItemChange(ChangeKind.Added, null, facts, []), Order(after, facts, 0)));
        }
        changes.AddRange(removed.Select(r => (new ItemChange(ChangeKind.Removed, r, null, []), Order(before, r, 1))));
        return changes.OrderBy(c => c.Order).Select(c => c.Change).ToList();
    }

    private static Dictionary<string, ItemFacts> Facts(Publication publication)
    {
        var names = publication.Stakeholders.ToDictionary(s => s.Slug, s => s.Name, StringComparer.Ordinal);
        return publication.ActionLines.SelectMany(a => a.Items).Select(i => ItemFacts.Of(i, names)).GroupBy(f => f.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    private static (int, int, int) Order(Publication publication, ItemFacts facts, int side)
    {
        var line = publication.Index.ActionLinesById[facts.Item.ActionLineId];
        return (line.Number, line.Items.ToList().FindIndex(i => ItemFacts.KeyOf(i) == facts.Key), side);
    }

    private static IReadOnlyList<FieldChange> Fields(ItemFacts before, ItemFacts after) =>
        before.Fields.Zip(after.Fields)
            .Where(pair => pair.First.Value != pair.Second.Value)
            .Select(pair => new FieldChange(pair.First.Name, pair.First.Label, pair.First.Shown, pair.Second.Shown,
                WordDiff.Of(pair.First.Shown, pair.Second.Shown, pair.First.Keys) is var diff && diff.Any(s => s.Kind != DiffSegment.Same)
                    ? diff
                    : WordDiff.Of(pair.First.Value, pair.Second.Value)))
            .ToList();
}
