using Wsis.Check;
using Wsis.Diagnostics;
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
        var result = Build(files, templates, options.BaseUrl, timings, dates);
        if (!result.Succeeded || options.OutputDirectory is null) return result;
        string? search = null;
        var failed = false;
        var written = timings.Time("write", () => SiteWriter.Write(result.Site!, options.OutputDirectory, staging =>
        {
            (search, failed) = IndexForSearch(staging, options.Search);
            return !failed;
        }));
        return result with { Written = written, SearchIndex = search, SearchFailed = failed };
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

    /// <summary>Everything between reading and writing: files in, a checked site in memory out.</summary>
    /// <param name="downloads">Files made outside the render (the PDFs), included in the site so pages may link to them.</param>
    /// <param name="cache">Results kept from earlier builds of this process (serve); null for a one-off build.</param>
    public static BuildResult Build(IReadOnlyList<RawFile> files, TemplateFiles templateFiles, string? baseUrl, StageTimings? timings = null,
        SourceDates? dates = null, IReadOnlyList<OutputFile>? downloads = null, BuildCache? cache = null)
    {
        timings ??= new StageTimings();
        var diagnostics = new DiagnosticBag();
        var loaded = timings.Time("load", () => ContentParser.Parse(files, diagnostics, cache?.Yaml));
        var validated = timings.Time("validate", () => ContentValidator.Validate(loaded, diagnostics));
        BuildResult Result(Publication? publication = null, RenderedSite? site = null, int links = 0) => new()
        {
            Diagnostics = diagnostics.Sorted(),
            Timings = timings,
            SourceTexts = loaded.Files.ToDictionary(f => f.Key, f => f.Value.Text, StringComparer.Ordinal)
                .Concat(templateFiles.Templates.Select(t => KeyValuePair.Create(TemplateSet.TemplatesFolder + t.Key, t.Value)))
                .ToDictionary(StringComparer.Ordinal),
            Publication = publication,
            Site = site,
            LinksChecked = links,
        };
        if (diagnostics.HasErrors) return Result();

        // Without a content_date in site.yml, the content is dated by its last change in git.
        if (validated.Site.ContentDate is null && dates?.NewestUnder("content/") is { } newest)
            validated = validated with { Site = validated.Site with { ContentDate = newest } };
        var publication = timings.Time("model", () => PublicationBuilder.Build(validated));
        var options = new RenderOptions(baseUrl ?? publication.Site.BaseUrl ?? DefaultBaseUrl) { Downloads = downloads ?? [] };
        var site = timings.Time("render", () => Render(publication, templateFiles, options, dates ?? SourceDates.None, diagnostics, cache));
        if (diagnostics.HasErrors) return Result(publication);

        var links = timings.Time("check", () => LinkChecker.Check(site, diagnostics, cache?.Links, (origin, link) => Locate(loaded.Files, origin, link)));
        return Result(publication, site, links);
    }

    // A link written in content is found in its file from the page's first line on; one made by a template stays at the page's origin.
    private static SourceLocation Locate(IReadOnlyDictionary<string, SourceFile> files, SourceLocation origin, string link)
    {
        if (!files.TryGetValue(origin.Path, out var file)) return origin;
        var start = 0;
        for (var line = 1; line < origin.Line && start >= 0; line++) start = file.Text.IndexOf('\n', start) is var next and >= 0 ? next + 1 : -1;
        var at = start < 0 ? -1 : file.Text.IndexOf(link, start, StringComparison.Ordinal);
        if (at < 0) return origin;
        var before = file.Text.AsSpan(0, at);
        return new SourceLocation(origin.Path, before.Count('\n') + 1, at - before.LastIndexOf('\n'));
    }

    private static RenderedSite Render(Publication publication, TemplateFiles templateFiles, RenderOptions options, SourceDates dates, DiagnosticBag diagnostics, BuildCache? cache)
    {
        var templates = TemplateSet.Parse(templateFiles.Templates, diagnostics);
        var views = new ViewFactory(publication, new MarkdownRenderer(cache?.Markdown), diagnostics);
        var data = OpenData.Export(publication, options);
        var plan = new PagePlanner(publication, views, options, dates, data).Plan();
        PlanCheck.ReportCollisions(plan, diagnostics);
        var assetFiles = HandoutStyles.AddRunningHeads(templateFiles.Assets, publication)
            .Append(KeyValuePair.Create(SdgStylesheet.Name, SdgStylesheet.Create(publication.Goals)))
            .ToDictionary(StringComparer.Ordinal);
        var site = new SiteRenderer(templates, new Assets(assetFiles), options, cache?.Pages).Render(publication, plan, diagnostics);
        return site with { Files = [.. site.Files, .. data.Select(d => new OutputFile(d.Path, d.Content))] };
    }
}
