using System.Collections.Concurrent;
using Wsis.Check;
using Wsis.Diagnostics;
using Wsis.Editions;
using Wsis.Export;
using Wsis.Load;
using Wsis.Model;
using Wsis.Render;
using Wsis.Search;
using Wsis.Validate;
using Wsis.Write;

namespace Wsis.Build;

/// <summary>The whole build, top to bottom: load → validate → model → render → check → write.</summary>
public static class SiteBuilder
{
    public const string DefaultBaseUrl = "http://localhost:8080";

    public static BuildResult Build(BuildOptions options)
    {
        var timings = new StageTimings();
        var (files, templates) = timings.Time("read", () => (ContentDirectory.Read(options.ContentDirectory), TemplateDirectory.Read(options.TemplatesDirectory)));
        var dates = timings.Time("history", () => SourceDates.Read(options.ContentDirectory, options.TemplatesDirectory));
        var revisions = new RevisionReader(GitRevisions.Open(options.ContentDirectory));
        if (options.OutputDirectory is null) return Build(files, templates, options.BaseUrl, timings, dates, revisions: revisions);

        BuildResult? result = null;
        try
        {
            using var staging = StagingFolder.Create(options.OutputDirectory, options.Inputs);
            result = Build(files, templates, options.BaseUrl, timings, dates, staging: staging, revisions: revisions);
            if (!result.Succeeded) return result;
            if (options.Search != SearchIndexing.Off)
            {
                var (search, failed) = timings.Time("search", () => IndexForSearch(staging.Path, options.Search));
                result = result with { SearchIndex = search, SearchFailed = failed };
                if (failed) return result;
            }
            timings.Time("swap", staging.Commit);
            return result with { Written = true };
        }
        catch (Exception e) when (OutputFolder.IsWriteFailure(e))
        {
            // Disposing the staging folder has removed what was written; the output folder is as it was.
            return new BuildResult
            {
                Diagnostics = [.. result?.Diagnostics ?? [], OutputFolder.NotWritten(options.OutputDirectory, e)],
                Timings = timings,
                SourceTexts = result?.SourceTexts ?? new Dictionary<string, string>(),
                Publication = result?.Publication,
            };
        }
    }

    /// <summary>Pagefind over the staging folder; only a required index that cannot be built fails the build.</summary>
    private static (string? Message, bool Failed) IndexForSearch(string staging, SearchIndexing mode)
    {
        if (mode == SearchIndexing.Off) return (null, false);
        var pagefind = PagefindIndexer.Find(Directory.GetCurrentDirectory());
        if (pagefind is null)
            return ("no search index (Pagefind is not installed: run 'npm ci' in the repository root)", mode == SearchIndexing.Required);
        var error = PagefindIndexer.Index(pagefind, staging);
        return error is null ? ("search index built", false) : ($"no search index ({error.TrimEnd('.')})", mode == SearchIndexing.Required);
    }

    /// <summary>Everything between reading and swapping in the output: files in, a checked site out.</summary>
    /// <param name="downloads">Files made outside the render (the PDFs), included in the site so pages may link to them.</param>
    /// <param name="cache">Results kept from earlier builds of this process (serve); null for a one-off build.</param>
    /// <param name="staging">
    /// Where to write the site. Each page then goes to disk as soon as it is rendered and only its ids and links stay
    /// in memory, so memory does not grow with the size of the HTML. Without it the site is kept in memory (serve, pdf, tests).
    /// </param>
    /// <param name="revisions">Reads the content at git refs, for the editions; null when the content is not from a repository.</param>
    public static BuildResult Build(IReadOnlyList<RawFile> files, TemplateFiles templateFiles, string? baseUrl, StageTimings? timings = null,
        SourceDates? dates = null, IReadOnlyList<OutputFile>? downloads = null, BuildCache? cache = null, StagingFolder? staging = null, RevisionReader? revisions = null)
    {
        timings ??= new StageTimings();
        var diagnostics = new DiagnosticBag();
        foreach (var problem in templateFiles.Problems) diagnostics.Add(problem);
        var (validated, sources) = LoadAndValidate(files, timings, diagnostics, cache);
        CollectIfWriting(staging);
        BuildResult Result(Publication? publication = null, RenderedSite? site = null, int pages = 0, int fileCount = 0, int links = 0) => new()
        {
            Diagnostics = diagnostics.Sorted(),
            Timings = timings,
            SourceTexts = sources.ToDictionary(f => f.Key, f => f.Value.Text, StringComparer.Ordinal)
                .Concat(templateFiles.Templates.Select(t => KeyValuePair.Create(TemplateSet.TemplatesFolder + t.Key, t.Value)))
                .ToDictionary(StringComparer.Ordinal),
            Publication = publication,
            Site = site,
            PageCount = site?.Pages.Count ?? pages,
            FileCount = site?.Count ?? fileCount,
            LinksChecked = links,
        };
        if (diagnostics.HasErrors) return Result();

        // Without a content_date in site.yml, the content is dated by its last change in git.
        if (validated.Site.ContentDate is null && dates?.NewestUnder("content/") is { } newest)
            validated = validated with { Site = validated.Site with { ContentDate = newest } };
        var publication = timings.Time("model", () => PublicationBuilder.Build(validated));
        var editions = timings.Time("editions", () => EditionHistory.Read(sources.GetValueOrDefault(EditionList.FileName), publication, revisions ?? new RevisionReader(null), diagnostics));
        var options = new RenderOptions(baseUrl ?? publication.Site.BaseUrl ?? DefaultBaseUrl) { Downloads = downloads ?? [] };
        // A written site without an address would publish localhost in every citation, permalink and QR code.
        if (staging is not null && baseUrl is null && publication.Site.BaseUrl is null)
            diagnostics.Warning(DiagnosticCodes.NoBaseUrl, SourceLocation.File("site.yml"),
                $"No base URL: the citations, permalinks, QR codes and sitemap of this build point at {DefaultBaseUrl}.",
                "Before deploying, set 'base_url: https://…' in site.yml or pass --base-url.");
        var job = timings.Time("prepare", () => Prepare(publication, editions, templateFiles, options, dates ?? SourceDates.None, diagnostics, cache));
        CollectIfWriting(staging);
        if (diagnostics.HasErrors) return Result(publication);
        SourceLocation Locate(SourceLocation origin, string link) => LocateLink(sources, origin, link);

        if (staging is null)
        {
            var site = timings.Time("render", () => job.Renderer.Render(publication, job.Plan, diagnostics));
            site = site with { Files = [.. site.Files, .. job.DataFiles] };
            if (diagnostics.HasErrors) return Result(publication);
            var links = timings.Time("check", () => LinkChecker.Check(site, diagnostics, cache?.Links, Locate));
            return Result(publication, site, links: links);
        }

        var otherFiles = timings.Time("files", () => Write(job.Renderer.OtherFiles(publication, job.Plan).Concat(job.DataFiles), staging));
        // The open data of a large site is tens of megabytes and on disk now: let it go before the pages are made.
        job = job with { DataFiles = [] };
        var pages = timings.Time("render ▸ scan ▸ write", () => Stream(publication, job, staging, diagnostics, timings));
        if (diagnostics.HasErrors) return Result(publication);
        var checkedLinks = timings.Time("check", () => LinkChecker.Verify(pages, otherFiles, diagnostics, Locate));
        return Result(publication, pages: pages.Count, fileCount: pages.Count + otherFiles.Count, links: checkedLinks);
    }

    /// <summary>
    /// A build that writes collects all garbage after loading (file bytes, YAML trees) and after preparing (the Markdown
    /// and open-data work): otherwise the first collections come late and set the process's peak memory
    /// (1,000 items: 148 → 120 MiB for no measurable time; docs/speed.md). Serve and the tests build in memory, often; they skip it.
    /// </summary>
    private static void CollectIfWriting(StagingFolder? staging)
    {
        if (staging is not null) GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>Returns the validated content and the decoded files; the raw bytes and YAML trees are not kept past validation.</summary>
    private static (ValidatedContent Content, IReadOnlyDictionary<string, SourceFile> Sources) LoadAndValidate(IReadOnlyList<RawFile> files, StageTimings timings,
        DiagnosticBag diagnostics, BuildCache? cache)
    {
        var loaded = timings.Time("load", () => ContentParser.Parse(files, diagnostics, cache?.Yaml));
        var validated = timings.Time("validate", () => ContentValidator.Validate(loaded, diagnostics));
        return (validated, loaded.Files);
    }

    /// <summary>Writes the files other than pages; returns their paths for the link check.</summary>
    private static IReadOnlyList<string> Write(IEnumerable<OutputFile> files, StagingFolder staging)
    {
        var list = files.ToList();
        Parallel.ForEach(list, staging.Write);
        return list.Select(f => f.Path).ToList();
    }

    /// <summary>Renders each page, reads its ids and links for the check and writes it, in parallel; keeps only the ids and links.</summary>
    private static IReadOnlyList<PageLinks> Stream(Publication publication, RenderJob job, StagingFolder staging, DiagnosticBag diagnostics, StageTimings timings)
    {
        var scanner = new PageScanner();
        // One page at a time to whichever thread is free, largest first: the plan ends with the pages that list many items
        // (SDGs, stakeholders, handouts), and a large page started last would leave the other core idle. Only ids and links
        // come back, so their order does not matter.
        return Partitioner.Create(job.Plan.Reverse().ToArray(), loadBalance: true).AsParallel()
            .Select(planned =>
            {
                var page = timings.Measure("render", () => job.Renderer.RenderPage(publication, planned, diagnostics));
                if (page is null) return null;
                var links = timings.Measure("scan", () => scanner.Scan(page));
                timings.Measure("write", () => staging.Write(page));
                return links;
            })
            .OfType<PageLinks>()
            .ToList();
    }

    // A link written in content is found in its file from the page's first line on; one made by a template stays at the page's origin.
    private static SourceLocation LocateLink(IReadOnlyDictionary<string, SourceFile> files, SourceLocation origin, string link)
    {
        if (!files.TryGetValue(origin.Path, out var file)) return origin;
        var start = 0;
        for (var line = 1; line < origin.Line && start >= 0; line++) start = file.Text.IndexOf('\n', start) is var next and >= 0 ? next + 1 : -1;
        var at = start < 0 ? -1 : file.Text.IndexOf(link, start, StringComparison.Ordinal);
        if (at < 0) return origin;
        var before = file.Text.AsSpan(0, at);
        return new SourceLocation(origin.Path, before.Count('\n') + 1, at - before.LastIndexOf('\n'));
    }

    /// <summary>What every page render shares: the templates, the views (each item's Markdown rendered once), the site map, the data files.</summary>
    private sealed record RenderJob(SiteRenderer Renderer, IReadOnlyList<PlannedPage> Plan, IReadOnlyList<OutputFile> DataFiles);

    private static RenderJob Prepare(Publication publication, EditionHistory editions, TemplateFiles templateFiles, RenderOptions options, SourceDates dates, DiagnosticBag diagnostics, BuildCache? cache)
    {
        var templates = TemplateSet.Parse(templateFiles.Templates, diagnostics);
        var views = new ViewFactory(publication, new MarkdownRenderer(cache?.Markdown), diagnostics);
        var data = OpenData.Export(publication, options).Concat(EditionData.Export(editions)).ToList();
        var plan = new EditionPlanner(publication, editions, dates, new MarkdownRenderer(cache?.Markdown)).Extend(new PagePlanner(publication, views, options, dates, data).Plan());
        PlanCheck.ReportCollisions(plan, diagnostics);
        if (templateFiles.Assets.ContainsKey(SdgStylesheet.Name))
            diagnostics.Error(DiagnosticCodes.TemplateError, SourceLocation.File($"{TemplateSet.TemplatesFolder}{TemplateDirectory.AssetsFolder}{SdgStylesheet.Name}"),
                $"'{SdgStylesheet.Name}' is the name of a stylesheet the build makes from sdgs.yml, so this file would be overwritten.",
                "Rename the file (and the links to it), or change the colours in content/sdgs.yml instead.");
        var assetFiles = HandoutStyles.AddRunningHeads(templateFiles.Assets, publication)
            .Where(asset => asset.Key != SdgStylesheet.Name)
            .Append(KeyValuePair.Create(SdgStylesheet.Name, SdgStylesheet.Create(publication.Goals)))
            .ToDictionary(StringComparer.Ordinal);
        var renderer = new SiteRenderer(templates, new Assets(assetFiles), options, cache?.Pages);
        return new RenderJob(renderer, plan, data.Select(d => new OutputFile(d.Path, d.Content)).ToList());
    }
}
