namespace Wsis.Model;

public sealed record ActionLine
{
    /// <summary>C1 to C11.</summary>
    public required string Id { get; init; }
    public required int Number { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<Facilitator> Facilitators { get; init; }
    public string? FacilitatorsSource { get; init; }
    public string? SourceId { get; init; }
    public required ActionLineStatus Status { get; init; }
    public required string Overview { get; init; }
    public required IReadOnlyList<string> RelatedPages { get; init; }
    public required IReadOnlyList<SubLine> SubLines { get; init; }
    public required IReadOnlyList<Priority> Priorities { get; init; }
    public required IReadOnlyList<RoadmapRow> Roadmap { get; init; }
    public ActionLineContext? Context { get; init; }
    /// <summary>Content files this action line comes from, for "edit this page".</summary>
    public required IReadOnlyList<string> Files { get; init; }

    public string Slug => Id.ToLowerInvariant();

    public IEnumerable<IItem> Items => Priorities.Cast<IItem>().Concat(Roadmap);

    /// <summary>Whether this publication holds any of the line's text; the others are listed once, with no handout or PDF.</summary>
    public bool HasText => Priorities.Count + Roadmap.Count > 0 || Context is not null;
}
