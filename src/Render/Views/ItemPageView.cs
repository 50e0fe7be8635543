namespace Wsis.Render.Views;

public sealed record ItemPageView(PageMeta Meta, ItemView Item, IReadOnlyList<AlsoUnderView> AlsoUnder, LinkView? Previous, LinkView? Next, string Citation, string CitationUrl)
{
    /// <summary>Set by the editions planner when the publication lists editions.</summary>
    public ItemHistoryView? History { get; init; }
}
