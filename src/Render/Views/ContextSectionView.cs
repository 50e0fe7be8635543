namespace Wsis.Render.Views;

public sealed record ContextSectionView(string Slug, string Title, IReadOnlyList<string> Points, TrustedHtml Notes);
