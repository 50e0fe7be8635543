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
