namespace Wsis.Render.Views;

/// <summary>
/// A count of items; Url points at the filtered list (the action line's group on the goal or stakeholder page), null
/// when the count is zero. Level (0 to 4) shades the cell by its share of the largest count, beside the number.
/// </summary>
public sealed record MatrixCellView(int Count, string? Url, int Level = 0);
