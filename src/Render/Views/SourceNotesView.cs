namespace Wsis.Render.Views;

/// <summary>The transcription notes on one source's items, grouped by action line.</summary>
public sealed record SourceNotesView(PageMeta Meta, SourceView Source, IReadOnlyList<ItemGroupView> Groups, int Count);
