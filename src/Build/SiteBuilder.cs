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

/// <summary>
/// The whole build, top to bottom: load → validate → model → render → check → write. Every command and test runs
/// this one pipeline on inputs resolved beforehand (<see cref="BuildInputs"/>); only the sink, chosen by the caller,
/// differs: a staging folder swapped in for the output, or memory.
/// </summary>
public static class SiteBuilder
{
    public const string DefaultBaseUrl = "http://localhost:8080";

    /// <summary>What `build` and `check` run: the folders of the options read, then built into the output folder or, without one, into memory.</summary>
    public static BuildResult Build(BuildOptions options)
    {
        var timings = new StageTimings();
        var inputs = BuildInputs.Read(options, timings);
        if (options.OutputDirectory is null) return Build(inputs, new MemorySink(), timings);
        using var sink = new StagingSink(options.OutputDirectory, options.Inputs, options.Search, inputs.Pagefind, options.CompactBetweenStages);
        return Build(inputs, sink, timings);
    }

    /// <summary>The site built in memory (<see cref="BuildResult.Site"/>).</summary>
    public static BuildResult Build(BuildInputs inputs) => Build(inputs, new MemorySink());

    public static BuildResult Build(BuildInputs inputs, ISiteSink sink, StageTimings? timings = null)
    {
        timings ??= new StageTimings();
        var diagnostics = new DiagnosticBag();
        foreach (var problem in inputs.Templates.Problems) diagnostics.Add(problem);
        IReadOnlyDictionary<string, SourceFile> sources = new Dictionary<string, SourceFile>();
        Publication? publication = null;
        IReadOnlyList<PageLinks> pages = [];
        IReadOnlyList<string> otherFiles = [];
        var links = 0;
        BuildResult Result(SinkOutcome? outcome = null) => new()
        {
            Diagnostics = diagnostics.Sorted(),
            Timings = timings,
            SourceTexts = sources.ToDictionary(f => f.Key, f => f.Value.Text, StringComparer.Ordinal)
                .Concat(inputs.Templates.Templates.Select(t => KeyValuePair.Create(TemplateSet.TemplatesFolder + t.Key, t.Value)))
                .ToDictionary(StringComparer.Ordinal),
            Publication = publication,
            Site = outcome?.Site,
            PageCount = pages.Count,
            FileCount = pages.Count + otherFiles.Count,
            LinksChecked = links,
            Written = outcome?.Written ?? false,
            SearchIndex = outcome?.SearchIndex,
            SearchFailed = outcome?.SearchFailed ?? false,
        };

        try
        {
            sink.Open();
            // Without a content_date in site.yml, the content is dated by its last change in git.
            (publication, sources) = ContentModel.Build(inputs.Files, diagnostics, timings, inputs.Cache.Yaml, inputs.Dates.NewestUnder("content/"), inputs.Cache.Texts, inputs.Cache.Lines);
            if (publication is null) return Result();
            sink.StageDone();
            var editions = timings.Time("editions", () => EditionHistory.Read(sources.GetValueOrDefault(EditionList.FileName), publication, inputs.Revisions, diagnostics));
            var options = new RenderOptions(inputs.BaseUrl ?? publication.Site.BaseUrl ?? DefaultBaseUrl) { Downloads = inputs.Downloads };
            // A published site without an address would publish localhost in every citation, permalink and QR code.
            if (sink.Publishes && inputs.BaseUrl is null && publication.Site.BaseUrl is null)
                diagnostics.Warning(DiagnosticCodes.NoBaseUrl, SourceLocation.File("site.yml"),
                    $"No base URL: the citations, permalinks, QR codes and sitemap of this build point at {DefaultBaseUrl}.",
                    "Before deploying, set 'base_url: https://…' in site.yml or pass --base-url.");
            var job = timings.Time("prepare", () => Prepare(publication, editions, inputs, options, diagnostics));
            if (diagnostics.HasErrors) return Result();

            otherFiles = timings.Time("files", () => AddOtherFiles(job, publication, sink));
            // The open data of a large site is tens of megabytes and in the sink now: let it go before the pages are made,
            // and only then collect what preparing left, so that the render starts without it.
            job = job with { DataFiles = [] };
            sink.StageDone();
            pages = timings.Time("render ▸ scan ▸ write", () => RenderPages(publication, job, inputs.Cache, sink, diagnostics, timings));
            if (diagnostics.HasErrors) return Result();
            sink.PagesDone();
            var known = sources;
            links = timings.Time("check", () => LinkChecker.Check(pages, otherFiles, diagnostics, (origin, link) => LocateLink(known, origin, link)));
            if (diagnostics.HasErrors) return Result();
            var outcome = timings.Time("finish", () => sink.Complete());
            return Result(outcome);
        }
        catch (Exception e) when (sink.WriteFailure(e) is { } failure)
        {
            // The sink has removed what it wrote; the output folder is as it was.
            diagnostics.Add(failure);
            return Result();
        }
    }

    /// <summary>Hands the sink every file other than the pages; returns their paths for the link check.</summary>
    private static IReadOnlyList<string> AddOtherFiles(RenderJob job, Publication publication, ISiteSink sink)
    {
        var files = job.Renderer.OtherFiles(publication, job.Plan).Concat(job.DataFiles).ToList();
        Parallel.ForEach(files, sink.Add);
        return files.Select(f => f.Path).ToList();
    }

    /// <summary>Renders each page, reads its ids and links for the check and hands it to the sink, in parallel; keeps only the ids and links.</summary>
    private static IReadOnlyList<PageLinks> RenderPages(Publication publication, RenderJob job, BuildCache cache, ISiteSink sink, DiagnosticBag diagnostics, StageTimings timings)
    {
        var scanner = new PageScanner();
        // One page at a time to whichever thread is free, largest first: the plan ends with the pages that list many items
        // (SDGs, stakeholders, handouts), and a large page started last would leave the other core idle. Only ids and links
        // come back, so their order does not matter.
        return Partitioner.Create(job.Plan.Select((planned, order) => (planned, order)).Reverse().ToArray(), loadBalance: true).AsParallel()
            .Select(next => RenderPage(next.planned, next.order))
            .OfType<PageLinks>()
            .ToList();

        // A page that grows long (when the sink takes such pages as they are drawn) is read for its links and written
        // part after part, never held whole.
        PageLinks? RenderPage(PlannedPage planned, int order)
        {
            StreamedPageScan? scan = null;
            IPageFile? file = null;
            try
            {
                var overflow = sink.StreamPagesOver is { } over
                    ? new PageOverflow(over, () =>
                    {
                        scan = scanner.Start();
                        file = sink.OpenPage(Urls.FileOf(planned.Url));
                        return new PageStreams(scan, file);
                    })
                    : null;
                var page = timings.Measure("render", () => job.Renderer.RenderPage(publication, planned, diagnostics, overflow));
                if (page is null) return null;
                if (scan is not null && file is not null)
                {
                    file.Complete();
                    return scan.Finish(page.Path, page.Url, page.Origin);
                }
                var links = timings.Measure("scan", () => scanner.Scan(page, cache.Links));
                timings.Measure("write", () => sink.Add(page, order));
                return links;
            }
            finally
            {
                file?.Dispose();
            }
        }
    }

    /// <summary>A streamed page's parts, to the link scan and to its file.</summary>
    private sealed class PageStreams(IPageStream first, IPageStream second) : IPageStream
    {
        public void Write(ReadOnlySpan<char> text)
        {
            first.Write(text);
            second.Write(text);
        }
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

    private static RenderJob Prepare(Publication publication, EditionHistory editions, BuildInputs inputs, RenderOptions options, DiagnosticBag diagnostics)
    {
        // The open data needs only the model: made on the other core while the templates, views and plan are (in serve a
        // tenth of a rebuild); only the page that lists it waits for it.
        var exported = Task.Run<IReadOnlyList<DataFile>>(() => OpenData.Export(publication, options, inputs.Cache.Tables).Concat(EditionData.Export(editions)).ToList());
        var templateFiles = inputs.Templates;
        var templates = ParseTemplates(templateFiles.Templates, inputs.Cache, diagnostics);
        var views = new ViewFactory(publication, new MarkdownRenderer(inputs.Cache.Markdown, inputs.Cache.PlainTexts), diagnostics, inputs.Cache.Items, inputs.Cache.QrCodes);
        var plan = new EditionPlanner(publication, editions, inputs.Dates, new MarkdownRenderer(inputs.Cache.Markdown, inputs.Cache.PlainTexts))
            .Extend(new PagePlanner(publication, views, new PageWords(templates, diagnostics), options, inputs.Dates, exported).Plan());
        var data = exported.GetAwaiter().GetResult();
        PlanCheck.ReportCollisions(plan, diagnostics);
        if (templateFiles.Assets.ContainsKey(SdgStylesheet.Name))
            diagnostics.Error(DiagnosticCodes.TemplateError, SourceLocation.File($"{TemplateSet.TemplatesFolder}{TemplateDirectory.AssetsFolder}{SdgStylesheet.Name}"),
                $"'{SdgStylesheet.Name}' is the name of a stylesheet the build makes from sdgs.yml, so this file would be overwritten.",
                "Rename the file (and the links to it), or change the colours in content/sdgs.yml instead.");
        var assetFiles = HandoutStyles.AddRunningHeads(templateFiles.Assets, publication)
            .Where(asset => asset.Key != SdgStylesheet.Name)
            .Append(KeyValuePair.Create(SdgStylesheet.Name, SdgStylesheet.Create(publication.Goals)))
            .ToDictionary(StringComparer.Ordinal);
        var renderer = new SiteRenderer(templates, new Assets(assetFiles), options, inputs.Cache.Pages);
        return new RenderJob(renderer, plan, data.Select(d => new OutputFile(d.Path, d.Content)).ToList());
    }

    /// <summary>The templates parsed, or in serve the set parsed from the same sources before, with the same problems reported.</summary>
    private static TemplateSet ParseTemplates(IReadOnlyDictionary<string, string> sources, BuildCache cache, DiagnosticBag diagnostics)
    {
        if (!cache.Templates.Remembers) return TemplateSet.Parse(sources, diagnostics);
        var (set, problems) = cache.Templates.GetOrAdd(PageFingerprint.OfTemplates(sources), _ =>
        {
            var own = new DiagnosticBag();
            return (TemplateSet.Parse(sources, own, reuse: true), own.Sorted());
        });
        foreach (var problem in problems) diagnostics.Add(problem);
        return set;
    }
}
