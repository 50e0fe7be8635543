namespace Wsis.Render.Views;

public sealed record BackgroundView(PageMeta Meta, IReadOnlyList<LinkView> Pages, IReadOnlyList<SourceView> Sources);
