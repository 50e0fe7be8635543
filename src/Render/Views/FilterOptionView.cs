namespace Wsis.Render.Views;

/// <summary>One choice of a filter: the value the script or search index matches, the label a reader sees, and how many items it keeps.</summary>
public sealed record FilterOptionView(string Value, string Label, int Count);
