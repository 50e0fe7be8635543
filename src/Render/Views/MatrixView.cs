namespace Wsis.Render.Views;

/// <summary>A cross-table of items: one row per goal or stakeholder group, one column per action line with items.</summary>
public sealed record MatrixView
{
    public required PageMeta Meta { get; init; }
    public required IReadOnlyList<LinkView> Columns { get; init; }
    public required IReadOnlyList<MatrixRowView> Rows { get; init; }
    public required IReadOnlyList<int> ColumnTotals { get; init; }
    public required int Total { get; init; }
    /// <summary>Action lines with items, none of which this matrix counts, so they have no column.</summary>
    public required IReadOnlyList<string> UncountedLines { get; init; }
    /// <summary>Action lines left out because nothing is published under them yet.</summary>
    public required IReadOnlyList<string> EmptyLines { get; init; }
    public required LinkView OtherMatrix { get; init; }
}
