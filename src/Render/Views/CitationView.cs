namespace Wsis.Render.Views;

/// <summary>What an item's citation names besides the item: its source's facts, the publication, the edition (when the editions planner adds it) and the address.</summary>
public sealed record CitationView(string? Publisher, string? Date, string SiteTitle, string? ContentDate, string Url)
{
    /// <summary>The edition the citation names, such as "Edition 2 (2025-06-01)".</summary>
    public string? Edition { get; init; }
}
