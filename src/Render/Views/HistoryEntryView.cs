namespace Wsis.Render.Views;

/// <summary>"Changed in the second edition: outcome text, SDG links"; Url: that edition's diff of the item; Earlier: the item as it stood in an earlier edition.</summary>
public sealed record HistoryEntryView(string Text, string? Url, LinkView? Earlier);
