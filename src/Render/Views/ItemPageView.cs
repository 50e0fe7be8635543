namespace Wsis.Render.Views;

public sealed record ItemPageView(PageMeta Meta, ItemView Item, IReadOnlyList<AlsoUnderView> AlsoUnder, LinkView? Previous, LinkView? Next, CitationView Citation)
{
    /// <summary>The item as the kind it is, for the part of the page only that kind has; null for the other kind.</summary>
    public PriorityView? Priority => Item as PriorityView;
    public RoadmapRowView? Row => Item as RoadmapRowView;

    /// <summary>Set by the editions planner when the publication lists editions.</summary>
    public ItemHistoryView? History { get; init; }
}
