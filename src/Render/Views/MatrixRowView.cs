namespace Wsis.Render.Views;

/// <summary>One row of a matrix; Goal is set on SDG rows so the header can wear the goal's colour.</summary>
public sealed record MatrixRowView(LinkView Header, int? Goal, IReadOnlyList<MatrixCellView> Cells, int Total);
