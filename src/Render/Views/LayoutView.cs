namespace Wsis.Render.Views;

public sealed record LayoutView
{
    public required PageMeta Page { get; init; }
    public required string SiteTitle { get; init; }
    public required string Language { get; init; }
    public required string CanonicalUrl { get; init; }
    public required IReadOnlyList<LinkView> Nav { get; init; }
    [System.Text.Json.Serialization.JsonIgnore]
    public required PageBody Content { get; init; }
    public required string StylesheetUrl { get; init; }
    public required string ScriptUrl { get; init; }
    public required string Year { get; init; }
    public required string SdgStylesheetUrl { get; init; }
    public string? PageScriptUrl { get; init; }
    public required string IconUrl { get; init; }
    public required string TouchIconUrl { get; init; }
    public required string ManifestUrl { get; init; }
    /// <summary>Absolute, for link previews.</summary>
    public required string ImageUrl { get; init; }
}
