namespace Wsis.Model;

public sealed record SiteSettings
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Language { get; init; }
    public string? Repository { get; init; }
    public string? BaseUrl { get; init; }
    public required string Branch { get; init; }
    public string? ContentDate { get; init; }
}
