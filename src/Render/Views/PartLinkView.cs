namespace Wsis.Render.Views;

/// <summary>A link to one part of a long source text, by its number.</summary>
public sealed record PartLinkView(int Number, string Url, bool Current = false);
