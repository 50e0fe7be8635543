using Wsis.Diagnostics;

namespace Wsis.Model;

public sealed record RoadmapRow : IItem
{
    public required string ActionLineId { get; init; }
    public required RoadmapGroup Group { get; init; }
    public required string Label { get; init; }
    /// <summary>The WSIS outcome in Markdown.</summary>
    public required string Outcome { get; init; }
    public string? Timing { get; init; }
    public required IReadOnlyList<string> ItuGoals { get; init; }
    public required IReadOnlyList<SdgLink> Sdgs { get; init; }
    public required IReadOnlyList<string> ExpectedResults { get; init; }
    public required IReadOnlyList<string> ItuActivities { get; init; }
    public required StakeholderTags Stakeholders { get; init; }
    public string? Note { get; init; }
    public required string SourceId { get; init; }
    public required SourceLocation Location { get; init; }

    public string Slug => $"{Group.Slug()}-{Label.ToLowerInvariant()}";
    public string Path => $"roadmap/{Slug}";
    public string Anchor => $"roadmap-{Slug}";
    public string Title => $"{ActionLineId} roadmap {Label} ({Group.Title()})";
}
