namespace Wsis.Render.Views;

/// <summary>What the layout needs to know about any page.</summary>
public sealed record PageMeta
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Url { get; init; }
    public required IReadOnlyList<LinkView> Breadcrumbs { get; init; }
    public required string Section { get; init; }
    /// <summary>The page's name at the end of the breadcrumb when its title is too long to repeat there, such as "Row B1".</summary>
    public string? Crumb { get; init; }
    public string? EditUrl { get; init; }
    public string? LastChanged { get; init; }
    public bool NoIndex { get; init; }
    /// <summary>An asset script only this page needs, such as search.js.</summary>
    public string? Script { get; init; }
}
