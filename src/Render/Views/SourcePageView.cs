namespace Wsis.Render.Views;

public sealed record SourcePageView(PageMeta Meta, SourceView Source, string Text, IReadOnlyList<LinkView> UsedBy);
