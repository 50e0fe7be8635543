using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Model;
using Wsis.Render;

namespace Wsis.Build;

public sealed record BuildResult
{
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }
    public required StageTimings Timings { get; init; }
    public required IReadOnlyDictionary<string, string> SourceTexts { get; init; }
    public Publication? Publication { get; init; }
    /// <summary>The site in memory; null when it was written to disk page by page as it was rendered (build --output).</summary>
    public RenderedSite? Site { get; init; }
    public int PageCount { get; init; }
    /// <summary>Pages and every other file of the site.</summary>
    public int FileCount { get; init; }
    public int LinksChecked { get; init; }
    public bool Written { get; init; }
    /// <summary>What happened to the search index: null when none was asked for, else a sentence for the summary.</summary>
    public string? SearchIndex { get; init; }
    public bool SearchFailed { get; init; }

    public bool Succeeded => PageCount > 0 && !Diagnostics.Any(d => d.IsError) && !SearchFailed;
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
