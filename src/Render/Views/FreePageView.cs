namespace Wsis.Render.Views;

public sealed record FreePageView(PageMeta Meta, TrustedHtml Body, SourceView? Source, IReadOnlyList<LinkView> ActionLines);
