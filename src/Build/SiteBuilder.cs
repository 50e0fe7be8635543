using Wsis.Check;
using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Model;
using Wsis.Render;
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
        timings.Time("write", () => SiteWriter.Write(result.Site!, options.OutputDirectory));
        return result with { Written = true };
    }

    /// <summary>Everything between reading and writing: files in, a checked site in memory out.</summary>
    /// <param name="cache">Results kept from earlier builds of this process (serve); null for a one-off build.</param>
    public static BuildResult Build(IReadOnlyList<RawFile> files, TemplateFiles templateFiles, string? baseUrl, StageTimings? timings = null, BuildCache? cache = null)
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

        var publication = timings.Time("model", () => PublicationBuilder.Build(validated));
        var site = timings.Time("render", () => Render(publication, templateFiles, baseUrl ?? publication.Site.BaseUrl ?? DefaultBaseUrl, diagnostics, cache));
        if (diagnostics.HasErrors) return Result(publication);

        var links = timings.Time("check", () => LinkChecker.Check(site, diagnostics, cache?.Links));
        return Result(publication, site, links);
    }

    private static RenderedSite Render(Publication publication, TemplateFiles templateFiles, string baseUrl, DiagnosticBag diagnostics, BuildCache? cache)
    {
        var templates = TemplateSet.Parse(templateFiles.Templates, diagnostics);
        var views = new ViewFactory(publication, new MarkdownRenderer(cache?.Markdown), diagnostics);
        var plan = new PagePlanner(publication, views).Plan();
        return new SiteRenderer(templates, new Assets(templateFiles.Assets), new RenderOptions(baseUrl), cache?.Pages).Render(publication, plan, diagnostics);
    }
}
