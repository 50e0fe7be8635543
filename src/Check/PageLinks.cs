using Wsis.Diagnostics;

namespace Wsis.Check;

/// <summary>What the link check needs of one page: where it is, its ids (sorted, ordinal, an id given twice listed twice) and the internal links it makes.</summary>
/// <remarks>Arrays, not sets: a large site keeps these for every page until the check, and most of the strings are shared.</remarks>
public sealed record PageLinks(string Path, string Url, SourceLocation Origin, string[] Ids, string[] Links)
{
    public bool HasId(string id) => Array.BinarySearch(Ids, id, StringComparer.Ordinal) >= 0;

    /// <summary>Ids that more than one element of the page carries: a link to one of them would land on the first, whichever it is.</summary>
    public IEnumerable<string> DuplicateIds() => Ids.Where((id, i) => i > 0 && Ids[i - 1] == id && (i < 2 || Ids[i - 2] != id));
}
