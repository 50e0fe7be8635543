using System.Text;
using Wsis.Build;
using Wsis.Load;
using Wsis.Render;

namespace Wsis.Tests.Support;

/// <summary>
/// The one place the tests call the build, so a change to the pipeline's entry points is made here
/// and nowhere else.
/// </summary>
public static class TestBuild
{
    /// <summary>Files in, the site in memory out.</summary>
    public static BuildResult InMemory(IReadOnlyList<RawFile> files, TemplateFiles templates, string? baseUrl = null, SourceDates? dates = null,
        IReadOnlyList<OutputFile>? downloads = null, BuildCache? cache = null) =>
        SiteBuilder.Build(new BuildInputs
        {
            Files = files,
            Templates = templates,
            BaseUrl = baseUrl,
            Dates = dates ?? SourceDates.None,
            Downloads = downloads ?? [],
            Cache = cache ?? BuildCache.OneOff(),
        });

    /// <summary>The content sets a template change is held to: the real content and a sample of 300 items.</summary>
    public static TheoryData<string> TemplateChangeContents => ["real content", "sample of 300 items"];

    /// <summary>
    /// Asserts that the templates as they are give byte for byte the site the same templates changed by
    /// <paramref name="previousWay"/> give, for one of <see cref="TemplateChangeContents"/>.
    /// </summary>
    public static void AssertSameSite(string content, Func<TemplateFiles, TemplateFiles> previousWay)
    {
        var real = content == "real content";
        var files = real ? ContentSet.Real.ToRawFiles() : ContentSet.Sample(300).ToRawFiles();
        var templates = TemplateDirectory.Read(Repo.Templates);
        var dates = real ? SourceDates.Read(Repo.Content, Repo.Templates) : SourceDates.None;

        // The real site as it is is the run's own (RealSite), built with the same base URL and dates.
        var current = real ? RealSite.Shared.Result : InMemory(files, templates, RealSite.BaseUrl);
        var previous = InMemory(files, previousWay(templates), RealSite.BaseUrl, dates);

        Assert.True(current.Succeeded, string.Join("\n", current.Diagnostics.Where(d => d.IsError).Take(5)));
        Assert.True(previous.Succeeded, string.Join("\n", previous.Diagnostics.Where(d => d.IsError).Take(5)));
        Assert.Equal(previous.Site!.Pages.Select(p => p.Url), current.Site!.Pages.Select(p => p.Url));
        Assert.All(previous.Site.Pages.Zip(current.Site.Pages), pair => Assert.True(pair.First.Html == pair.Second.Html, $"{pair.First.Url} differs"));
        Assert.Equal(previous.Site.Files.Select(f => (f.Path, Convert.ToHexString(f.Content))), current.Site.Files.Select(f => (f.Path, Convert.ToHexString(f.Content))));
    }

    /// <summary>What the build command does: folders in, and with an output folder the site written there.</summary>
    public static BuildResult Folders(BuildOptions options) => SiteBuilder.Build(options);

    /// <summary>A site already built in memory, written into a new folder for tools that read files (the build's own writing is tested in OutputTests).</summary>
    public static void Write(RenderedSite site, string folder)
    {
        foreach (var (path, bytes) in site.Pages.Select(p => (p.Path, Encoding.UTF8.GetBytes(p.Html))).Concat(site.Files.Select(f => (f.Path, f.Content))))
        {
            var file = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, bytes);
        }
    }
}
