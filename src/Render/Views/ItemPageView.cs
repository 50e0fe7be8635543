namespace Wsis.Render.Views;

public sealed record ItemPageView(PageMeta Meta, ItemView Item, IReadOnlyList<AlsoUnderView> AlsoUnder, LinkView? Previous, LinkView? Next, string Citation, string CitationUrl)
{
    /// <summary>The item as the kind it is, for the part of the page only that kind has; null for the other kind.</summary>
    public PriorityView? Priority => Item as PriorityView;
    public RoadmapRowView? Row => Item as RoadmapRowView;
}
