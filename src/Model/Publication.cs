namespace Wsis.Model;

/// <summary>The whole publication, validated, sorted and indexed; nothing changes after it is built.</summary>
public sealed record Publication
{
    public required SiteSettings Site { get; init; }
    public required IReadOnlyList<SourceDocument> Sources { get; init; }
    public required IReadOnlyList<Goal> Goals { get; init; }
    public required IReadOnlyList<StakeholderGroup> Stakeholders { get; init; }
    public required IReadOnlyList<ActionLine> ActionLines { get; init; }
    public required IReadOnlyList<Page> Pages { get; init; }
    public required PublicationIndex Index { get; init; }
}
