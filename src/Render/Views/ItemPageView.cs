namespace Wsis.Render.Views;

public sealed record ItemPageView(PageMeta Meta, ItemView Item, IReadOnlyList<AlsoUnderView> AlsoUnder, LinkView? Previous, LinkView? Next, string Citation, string CitationUrl);
