namespace Wsis.Model;

/// <summary>A free Markdown page such as "about" or a background document.</summary>
public sealed record Page
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public string? SourceId { get; init; }
    public required IReadOnlyList<string> ActionLines { get; init; }
    public required int Order { get; init; }
    public required string Body { get; init; }
    public required string File { get; init; }
}
