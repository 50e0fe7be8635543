namespace Wsis.Load;

/// <summary>Every content file, parsed but not yet interpreted.</summary>
public sealed record LoadedContent
{
    public required YamlDocument? Site { get; init; }
    public required YamlDocument? Sources { get; init; }
    public required YamlDocument? Sdgs { get; init; }
    public required YamlDocument? Stakeholders { get; init; }
    public required IReadOnlyList<LoadedActionLine> ActionLines { get; init; }
    public required IReadOnlyList<MarkdownDocument> Pages { get; init; }
    public required IReadOnlyDictionary<string, SourceFile> SourceTexts { get; init; }
    /// <summary>Every decoded file by path, for quoting lines in error messages.</summary>
    public required IReadOnlyDictionary<string, SourceFile> Files { get; init; }
    /// <summary>Files that have no place in the content layout: each is an error unless site.yml lists it as unpublished.</summary>
    public IReadOnlyList<string> Unplaced { get; init; } = [];
}

/// <summary>The files of one action line folder (action-lines/c2/…).</summary>
public sealed record LoadedActionLine(string Folder, MarkdownDocument? Overview, YamlDocument? Priorities, YamlDocument? Roadmap, YamlDocument? Context);
