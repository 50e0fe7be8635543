namespace Wsis.Render.Views;

public sealed record ActionLinePageView
{
    public required PageMeta Meta { get; init; }
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Facilitators { get; init; }
    public string? FacilitatorsSource { get; init; }
    public required IReadOnlyList<SubLineView> SubLines { get; init; }
    public required string Status { get; init; }
    public required string StatusLabel { get; init; }
    public LinkView? Source { get; init; }
    public string? SourceNote { get; init; }
    public required TrustedHtml Overview { get; init; }
    public required IReadOnlyList<LinkView> RelatedPages { get; init; }
    public required IReadOnlyList<PriorityView> Priorities { get; init; }
    public required IReadOnlyList<RoadmapGroupView> RoadmapGroups { get; init; }
    public required int RowCount { get; init; }
    public required IReadOnlyList<ContextSectionView> ContextSections { get; init; }
    public string? MilestonesTitle { get; init; }
    public required IReadOnlyList<MilestoneView> Milestones { get; init; }
    public LinkView? ContextSource { get; init; }
    /// <summary>Whether the page has parts enough for a list of them at its top.</summary>
    public required bool ShowContents { get; init; }
    public LinkView? Previous { get; init; }
    public LinkView? Next { get; init; }
    /// <summary>Choices of the progressive-enhancement filter: goals and stakeholder groups the items of this line name.</summary>
    public required IReadOnlyList<FilterOptionView> SdgFilter { get; init; }
    public required IReadOnlyList<FilterOptionView> StakeholderFilter { get; init; }
    public required int ItemCount { get; init; }
    public required bool HasText { get; init; }
}
