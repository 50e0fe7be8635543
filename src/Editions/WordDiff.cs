using Wsis.Render.Views;
using DiffPlex;
using System.Text.RegularExpressions;
using DiffPlex.Chunkers;

namespace Wsis.Editions;

/// <summary>A word-level diff (DiffPlex): runs of kept, deleted and inserted words, the spaces around a change kept outside it.</summary>
public static class WordDiff
{
    /// <summary>A list of keys ("9.1, 9.c"): each entry is one word, so a re-tagged "9.1" is not read as a changed "1".</summary>
    private static readonly CustomFunctionChunker Entries = new(text => Regex.Split(text, "(, )").Where(p => p.Length > 0).ToArray());

    public static IReadOnlyList<DiffSegment> Of(string before, string after, bool entries = false)
    {
        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, entries ? Entries : WordChunker.Instance);
        var segments = new List<DiffSegment>();
        var at = 0;
        foreach (var block in diff.DiffBlocks)
        {
            Add(segments, DiffSegment.Same, diff.PiecesOld.Skip(at).Take(block.DeleteStartA - at));
            var deleted = diff.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA).ToList();
            var inserted = diff.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB).ToList();
            // A change that starts or ends with the same space on both sides: the space is kept, only the words change.
            // (A pure deletion or insertion keeps its space: moving it out would change the text of one side.)
            var lead = 0;
            while (lead < deleted.Count && lead < inserted.Count && IsSpace(deleted[lead]) && deleted[lead] == inserted[lead]) lead++;
            var trail = 0;
            while (trail < deleted.Count - lead && trail < inserted.Count - lead && IsSpace(deleted[^(trail + 1)]) && deleted[^(trail + 1)] == inserted[^(trail + 1)]) trail++;
            Add(segments, DiffSegment.Same, deleted.Take(lead));
            Add(segments, DiffSegment.Deleted, deleted.Skip(lead).Take(deleted.Count - lead - trail));
            Add(segments, DiffSegment.Inserted, inserted.Skip(lead).Take(inserted.Count - lead - trail));
            Add(segments, DiffSegment.Same, deleted.Skip(deleted.Count - trail));
            at = block.DeleteStartA + block.DeleteCountA;
        }
        Add(segments, DiffSegment.Same, diff.PiecesOld.Skip(at));
        return segments;
    }

    private static bool IsSpace(string piece) => piece.All(c => char.IsWhiteSpace(c) || c == ',');

    private static void Add(List<DiffSegment> segments, string kind, IEnumerable<string> pieces)
    {
        var text = string.Concat(pieces);
        if (text.Length == 0) return;
        if (segments.Count > 0 && segments[^1].Kind == kind) segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        else segments.Add(new DiffSegment(kind, text));
    }
}
