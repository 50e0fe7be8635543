namespace Wsis.Render.Views;

/// <summary>A priority or roadmap row as templates show it; built once and reused on every page that lists it.</summary>
public sealed record ItemView
{
    public required string Kind { get; init; }
    public required string Anchor { get; init; }
    public required string Url { get; init; }
    public required string AnchorUrl { get; init; }
    public required string Title { get; init; }
    public required string ShortTitle { get; init; }
    public required string Label { get; init; }
    public required string Summary { get; init; }
    public required TrustedHtml TextHtml { get; init; }
    public string? KeyPhrase { get; init; }
    public string? Timing { get; init; }
    public string? GroupTitle { get; init; }
    public required IReadOnlyList<string> ItuGoals { get; init; }
    /// <summary>A roadmap row's two lists of its last column, expected results and ITU activities, in source order; none for a priority.</summary>
    public IReadOnlyList<ResultPartView> ResultColumns { get; init; } = [];
    public IReadOnlyList<ResultPartView> ResultParts => ResultColumns.Where(p => p.Entries.Count > 0).ToList();
    /// <summary>The source heads the column "Expected Results of ITU Activities" only; the two lists are the transcriber's division.</summary>
    public bool EditorialSplit { get; init; }
    public string? Note { get; init; }
    /// <summary>The page gathering the notes of the item's source, when the item has a note.</summary>
    public string? NotesUrl { get; init; }
    public required IReadOnlyList<SdgBadgeView> Sdgs { get; init; }
    /// <summary>The targets the item page words out, and those it can give only by number and goal.</summary>
    public IReadOnlyList<SdgBadgeView> WordedTargets => Sdgs.Where(s => s.IsTarget && s.TargetText is not null).ToList();
    public IReadOnlyList<SdgBadgeView> NumberOnlyTargets => Sdgs.Where(s => s.IsTarget && s.TargetText is null).ToList();
    public required IReadOnlyList<LinkView> Stakeholders { get; init; }
    public required bool AllStakeholders { get; init; }
    public required string ActionLineId { get; init; }
    public required LinkView ActionLine { get; init; }
    public required LinkView Source { get; init; }
    /// <summary>Space-separated keys the filter script and search read: goal and target keys, stakeholder slugs.</summary>
    public required string SdgKeys { get; init; }
    public required string StakeholderKeys { get; init; }
    /// <summary>"Priority" or "Roadmap row", as the search filter shows it.</summary>
    public required string KindLabel { get; init; }
    /// <summary>Pagefind filters of the item's own page ("sdg:SDG 9"), distinct, one per attribute.</summary>
    public required IReadOnlyList<string> SearchFilters { get; init; }
}
