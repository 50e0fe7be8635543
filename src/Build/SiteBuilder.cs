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
        var result = Build(files, templates, options.BaseUrl, timings);
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
    public static BuildResult Build(IReadOnlyList<RawFile> files, TemplateFiles templateFiles, string? baseUrl, StageTimings? timings = null)
    {
        timings ??= new StageTimings();
        var diagnostics = new DiagnosticBag();
        var loaded = timings.Time("load", () => ContentParser.Parse(files, diagnostics));
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

        var publication = timings.Time("model", () => PublicationBuilder.Build(validated));
        var site = timings.Time("render", () => Render(publication, templateFiles, baseUrl ?? publication.Site.BaseUrl ?? DefaultBaseUrl, diagnostics));
        if (diagnostics.HasErrors) return Result(publication);

        var links = timings.Time("check", () => LinkChecker.Check(site, diagnostics));
        return Result(publication, site, links);
    }

    private static RenderedSite Render(Publication publication, TemplateFiles templateFiles, string baseUrl, DiagnosticBag diagnostics)
    {
        var templates = TemplateSet.Parse(templateFiles.Templates, diagnostics);
        var views = new ViewFactory(publication, new MarkdownRenderer(), diagnostics);
        var options = new RenderOptions(baseUrl);
        var data = OpenData.Export(publication, options);
        var plan = new PagePlanner(publication, views, options, data).Plan();
        var assets = new Assets(templateFiles.Assets.Append(KeyValuePair.Create(SdgStylesheet.Name, SdgStylesheet.Create(publication.Goals))).ToDictionary(StringComparer.Ordinal));
        var site = new SiteRenderer(templates, assets, options).Render(publication, plan, diagnostics);
        return site with { Files = [.. site.Files, .. data.Select(d => new OutputFile(d.Path, d.Content))] };
    }
}
