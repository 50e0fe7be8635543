namespace Wsis.Render.Views;

/// <summary>An item page's short history, from the editions (src/Editions): one line per edition that added or changed it.</summary>
public sealed record ItemHistoryView(IReadOnlyList<HistoryEntryView> Entries, LinkView Editions);
