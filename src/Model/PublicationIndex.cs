namespace Wsis.Model;

/// <summary>Cross-references built once, so that no page has to scan every item.</summary>
public sealed record PublicationIndex
{
    /// <summary>Items linked to a goal, directly or through one of its targets, in publication order.</summary>
    public required IReadOnlyDictionary<int, IReadOnlyList<IItem>> ItemsByGoal { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<IItem>> ItemsByTarget { get; init; }
    /// <summary>Items that name a stakeholder group; items addressed to all are under AllStakeholderItems.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<IItem>> ItemsByStakeholder { get; init; }
    public required IReadOnlyList<IItem> AllStakeholderItems { get; init; }
    /// <summary>The wordings the sources give for each target, by target number, in publication order.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<TargetWording>> TargetWordings { get; init; }
    public required IReadOnlyDictionary<string, ActionLine> ActionLinesById { get; init; }
    public required IReadOnlyDictionary<string, SourceDocument> SourcesById { get; init; }
    public required IReadOnlyDictionary<string, Page> PagesBySlug { get; init; }
}
