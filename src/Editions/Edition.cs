using Wsis.Diagnostics;

namespace Wsis.Editions;

/// <summary>One edition of the publication as editions.yml lists it: the content as it stood at a git ref.</summary>
public sealed record Edition
{
    /// <summary>A slug, used in the edition's URLs.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>YYYY-MM-DD.</summary>
    public required string Date { get; init; }
    /// <summary>The git tag or commit the edition was published from.</summary>
    public required string Ref { get; init; }
    /// <summary>Markdown, optional.</summary>
    public string? Summary { get; init; }
    public required SourceLocation Location { get; init; }
    public required SourceLocation RefLocation { get; init; }
}
