namespace Wsis.Render.Views;

/// <summary>One changed field: its name and its words, deleted and inserted ones marked.</summary>
public sealed record FieldDiffView(string Label, IReadOnlyList<DiffSegment> Segments);
