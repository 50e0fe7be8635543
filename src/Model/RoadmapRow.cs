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
    /// <summary>The source's last column has no sub-headings: the division into expected results and ITU activities is the transcriber's.</summary>
    public bool EditorialSplit { get; init; }
    /// <summary>The source gives the ITU activities before the expected results (the order of the two lists in the row's file).</summary>
    public bool ActivitiesFirst { get; init; }
    public required StakeholderTags Stakeholders { get; init; }
    public string? Note { get; init; }
    public required string SourceId { get; init; }
    public required SourceLocation Location { get; init; }

    public string Slug => $"{Group.Slug()}-{Label.ToLowerInvariant()}";
    public string Path => $"roadmap/{Slug}";
    public string Anchor => $"roadmap-{Slug}";
    public string Title => $"{ActionLineId} roadmap {Label} ({Group.Title()})";
}
