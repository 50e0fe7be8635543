namespace Wsis.Render.Views;

/// <summary>
/// An item as it stood in an earlier edition, at a permalink of its own. Links only to pages that exist whatever
/// changed since (the edition, the item today): its SDGs, stakeholders and source are named, not linked.
/// </summary>
public sealed record EditionItemPageView(PageMeta Meta, ItemView Item, LinkView Edition, LinkView? Today, LinkView? Changes, string Notice)
{
    /// <summary>The item as the kind it is, for the part of the page only that kind has; null for the other kind.</summary>
    public PriorityView? Priority => Item as PriorityView;
    public RoadmapRowView? Row => Item as RoadmapRowView;
}
