namespace Wsis.Build;

public sealed record BuildOptions
{
    public required string ContentDirectory { get; init; }
    public required string TemplatesDirectory { get; init; }
    /// <summary>Null for a check: everything but writing.</summary>
    public string? OutputDirectory { get; init; }
    public string? BaseUrl { get; init; }
    /// <summary>Whether to write the search index; Auto writes it when node_modules has Pagefind (whose scripts read it).</summary>
    public Wsis.Search.SearchIndexing Search { get; init; } = Wsis.Search.SearchIndexing.Auto;

    /// <summary>True when the build is the whole process (the build and bench commands): its heap is then compacted between stages.</summary>
    public bool CompactBetweenStages { get; init; }

    /// <summary>The folders the build reads, which its output may never replace.</summary>
    public IReadOnlyList<string> Inputs => [ContentDirectory, TemplatesDirectory];
}
