namespace Wsis.Render.Views;

/// <summary>
/// What a priority and a roadmap row show alike; built once and reused on every page that lists the item. Each kind
/// adds its own members (<see cref="PriorityView"/>, <see cref="RoadmapRowView"/>); ViewFactory sets these for both.
/// </summary>
public abstract record ItemView
{
    public string Anchor { get; init; } = "";
    public string Url { get; init; } = "";
    public string AnchorUrl { get; init; } = "";
    public string Title { get; init; } = "";
    public string Summary { get; init; } = "";
    public string? Note { get; init; }
    /// <summary>The page gathering the notes of the item's source, when the item has a note.</summary>
    public string? NotesUrl { get; init; }
    public IReadOnlyList<SdgBadgeView> Sdgs { get; init; } = [];
    /// <summary>The targets the item page words out, and those it can give only by number and goal.</summary>
    public IReadOnlyList<SdgBadgeView> WordedTargets => Sdgs.Where(s => s.IsTarget && s.TargetText is not null).ToList();
    public IReadOnlyList<SdgBadgeView> NumberOnlyTargets => Sdgs.Where(s => s.IsTarget && s.TargetText is null).ToList();
    public IReadOnlyList<LinkView> Stakeholders { get; init; } = [];
    public bool AllStakeholders { get; init; }
    public string ActionLineId { get; init; } = "";
    public LinkView ActionLine { get; init; } = new("", "");
    public LinkView Source { get; init; } = new("", "");
    /// <summary>Space-separated keys the filter script and search read: goal and target keys, stakeholder slugs.</summary>
    public string SdgKeys { get; init; } = "";
    public string StakeholderKeys { get; init; } = "";
    /// <summary>"Priority" or "Roadmap row", as the search filter shows it.</summary>
    public string KindLabel { get; init; } = "";
    /// <summary>Pagefind filters of the item's own page ("sdg:SDG 9"), distinct, one per attribute.</summary>
    public IReadOnlyList<string> SearchFilters { get; init; } = [];

    /// <summary>"Priority 3", "Row B": the item among its siblings.</summary>
    public required string ShortTitle { get; init; }
    /// <summary>The number or letter the source gives the item.</summary>
    public required string Label { get; init; }
    public required TrustedHtml TextHtml { get; init; }
    /// <summary>The roadmap group a row is in, shown beside it in lists of both kinds; none for a priority.</summary>
    public virtual string? GroupTitle => null;
}
