using Wsis.Diagnostics;

namespace Wsis.Check;

/// <summary>What the link check needs of one page: where it is, its ids (sorted, ordinal) and the internal links it makes.</summary>
/// <remarks>Arrays, not sets: a large site keeps these for every page until the check, and most of the strings are shared.</remarks>
public sealed record PageLinks(string Path, string Url, SourceLocation Origin, string[] Ids, string[] Links)
{
    public bool HasId(string id) => Array.BinarySearch(Ids, id, StringComparer.Ordinal) >= 0;
}
