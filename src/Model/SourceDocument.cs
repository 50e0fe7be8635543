namespace Wsis.Model;

/// <summary>A source text the publication transcribes, kept verbatim in content/sources/.</summary>
public sealed record SourceDocument
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string File { get; init; }
    public string? Publisher { get; init; }
    public string? Date { get; init; }
    public required string Status { get; init; }
    public string? Note { get; init; }
    public string? Disclaimer { get; init; }
    public required string Text { get; init; }
}
