using Wsis.Model;

namespace Wsis.Render.Views;

/// <summary>A roadmap row as templates show it: its outcome, timing, ITU goals and the lists of its last column.</summary>
public sealed record RoadmapRowView : ItemView
{
    public required RoadmapGroup Group { get; init; }
    public override string GroupTitle => Group.Title();
    public string? Timing { get; init; }
    public required IReadOnlyList<string> ItuGoals { get; init; }
    /// <summary>The two lists of the row's last column, expected results and ITU activities, in source order.</summary>
    public required IReadOnlyList<ResultPartView> ResultColumns { get; init; }
    public IReadOnlyList<ResultPartView> ResultParts => ResultColumns.Where(p => p.Entries.Count > 0).ToList();
    /// <summary>The source heads the column "Expected Results of ITU Activities" only; the two lists are the transcriber's division.</summary>
    public required bool EditorialSplit { get; init; }
}
