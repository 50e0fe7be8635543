namespace Wsis.Model;

/// <summary>Background on an action line from presentation material: sections and a timeline.</summary>
public sealed record ActionLineContext
{
    public required string SourceId { get; init; }
    public required IReadOnlyList<ContextSection> Sections { get; init; }
    /// <summary>The timeline's heading as the source gives it ("Milestones" where it gives none).</summary>
    public required string MilestonesTitle { get; init; }
    public required IReadOnlyList<Milestone> Milestones { get; init; }
}

public sealed record ContextSection
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<string> Points { get; init; }
    public string? Notes { get; init; }
}

public sealed record Milestone
{
    public required string Period { get; init; }
    public string? Title { get; init; }
    public required IReadOnlyList<string> Points { get; init; }
    public string? Notes { get; init; }
}
