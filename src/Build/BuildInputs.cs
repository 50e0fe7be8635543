using Wsis.Diagnostics;
using Wsis.Editions;
using Wsis.Load;
using Wsis.Render;
using Wsis.Search;

namespace Wsis.Build;

/// <summary>
/// Everything a build reads, resolved once before it starts: the content and template files, their dates in git,
/// the address, the tools it calls (git for past editions, Pagefind) and the cache it may reuse. Every command (build, check, serve, pdf, bench) and
/// every test makes one of these and hands it to <see cref="SiteBuilder.Build(BuildInputs, Write.ISiteSink)"/>.
/// </summary>
public sealed record BuildInputs
{
    public required IReadOnlyList<RawFile> Files { get; init; }
    public required TemplateFiles Templates { get; init; }
    /// <summary>When each source file last changed in git; none outside a repository.</summary>
    public SourceDates Dates { get; init; } = SourceDates.None;
    /// <summary>The address the site is served from; null: base_url in site.yml.</summary>
    public string? BaseUrl { get; init; }
    /// <summary>Reads the content of past editions from git; reads nothing outside a repository.</summary>
    public RevisionReader Revisions { get; init; } = new(null);
    /// <summary>The Pagefind launcher, when a written build indexes the site for search.</summary>
    public string? Pagefind { get; init; }
    /// <summary>Files made outside the render (the PDFs), included in the site so its pages may link to them.</summary>
    public IReadOnlyList<OutputFile> Downloads { get; init; } = [];
    /// <summary>Results of earlier builds of this process (serve, pdf); a one-off build keeps nothing.</summary>
    public BuildCache Cache { get; init; } = BuildCache.OneOff();

    /// <summary>Reads the folders of the options, their history and the tools; with a cache, only the files that changed since its last build.</summary>
    public static BuildInputs Read(BuildOptions options, StageTimings timings, BuildCache? cache = null)
    {
        cache ??= BuildCache.OneOff();
        var (files, templates) = ReadFolders(options, timings, cache);
        return new BuildInputs
        {
            Files = files,
            Templates = templates,
            Dates = timings.Time("history", () => SourceDates.Read(options.ContentDirectory, options.TemplatesDirectory)),
            BaseUrl = options.BaseUrl,
            Revisions = new RevisionReader(GitRevisions.Open(options.ContentDirectory), cache.Editions),
            Pagefind = options.Search == SearchIndexing.Off ? null : PagefindIndexer.Find(options.ContentDirectory) ?? PagefindIndexer.Find(options.TemplatesDirectory),
            Cache = cache,
        };
    }

    /// <summary>The same inputs with the folders read again after a change (serve); the history and tools stay as they were.</summary>
    public BuildInputs Reread(BuildOptions options, StageTimings timings)
    {
        var (files, templates) = ReadFolders(options, timings, Cache);
        return this with { Files = files, Templates = templates };
    }

    private static (IReadOnlyList<RawFile> Files, TemplateFiles Templates) ReadFolders(BuildOptions options, StageTimings timings, BuildCache cache) =>
        timings.Time("read", () => (ContentDirectory.Read(options.ContentDirectory, cache.Files), TemplateDirectory.Read(options.TemplatesDirectory, cache.Files, cache.Texts)));
}
