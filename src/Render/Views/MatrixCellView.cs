namespace Wsis.Render.Views;

/// <summary>A count of items; Url points at the filtered list (the action line's group on the goal or stakeholder page), null when the count is zero.</summary>
public sealed record MatrixCellView(int Count, string? Url);
