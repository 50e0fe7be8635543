using Wsis.Diagnostics;

namespace Wsis.Check;

/// <summary>What the link check needs of one page: where it is, the ids it has and the internal links it makes.</summary>
public sealed record PageLinks(string Path, string Url, SourceLocation Origin, IReadOnlySet<string> Ids, IReadOnlyList<string> Links);
