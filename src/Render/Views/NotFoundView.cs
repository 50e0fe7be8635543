namespace Wsis.Render.Views;

public sealed record NotFoundView(PageMeta Meta);
