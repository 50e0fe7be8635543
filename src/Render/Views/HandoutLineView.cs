namespace Wsis.Render.Views;

/// <summary>One action line as a handout prints it: its facts, then every priority and roadmap row in full.</summary>
public sealed record HandoutLineView
{
    public required string Id { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    /// <summary>Id of the section in the publication handout, the target of its contents entry.</summary>
    public required string Anchor { get; init; }
    /// <summary>CSS named page whose margin boxes carry this line's running header.</summary>
    public required string PageName { get; init; }
    public required string Facilitators { get; init; }
    public string? FacilitatorsSource { get; init; }
    public required IReadOnlyList<SubLineView> SubLines { get; init; }
    public required string Status { get; init; }
    public required string StatusLabel { get; init; }
    public SourceView? Source { get; init; }
    public required TrustedHtml Overview { get; init; }
    public required IReadOnlyList<PriorityView> Priorities { get; init; }
    public required IReadOnlyList<RoadmapGroupView> RoadmapGroups { get; init; }
    public required int ItemCount { get; init; }
    /// <summary>The items with a transcription note, printed as endnotes rather than between the items.</summary>
    public required IReadOnlyList<ItemView> Notes { get; init; }
    /// <summary>"12 priorities", "21 roadmap rows", or empty when the line has neither.</summary>
    public required string Counts { get; init; }
    public required string WebUrl { get; init; }
    /// <summary>The absolute address without its scheme, short enough to type from paper.</summary>
    public required string ShortLink { get; init; }
    public required string AbsoluteUrl { get; init; }
    public required TrustedHtml QrCode { get; init; }
}
