namespace Wsis.Render.Views;

/// <summary>One part of a long source text, so that no page outgrows the page-weight budget.</summary>
public sealed record SourcePartView(int Number, int Count, string Text, PartLinkView? Previous, PartLinkView? Next, IReadOnlyList<PartLinkView> Parts);
