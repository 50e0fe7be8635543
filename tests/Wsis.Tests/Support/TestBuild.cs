using Wsis.Build;
using Wsis.Load;
using Wsis.Render;
using Wsis.Write;

namespace Wsis.Tests.Support;

/// <summary>
/// The one place the tests call the build and the writer, so a change to the pipeline's entry points is made here
/// and nowhere else.
/// </summary>
public static class TestBuild
{
    /// <summary>Files in, the site in memory out.</summary>
    public static BuildResult InMemory(IReadOnlyList<RawFile> files, TemplateFiles templates, string? baseUrl = null, SourceDates? dates = null,
        IReadOnlyList<OutputFile>? downloads = null, BuildCache? cache = null) =>
        SiteBuilder.Build(files, templates, baseUrl, dates: dates, downloads: downloads, cache: cache);

    /// <summary>What the build command does: folders in, and with an output folder the site written there.</summary>
    public static BuildResult Folders(BuildOptions options) => SiteBuilder.Build(options);

    /// <summary>A site already built in memory, written whole into a folder.</summary>
    public static void Write(RenderedSite site, string folder) =>
        Assert.True(SiteWriter.Write(site, folder, [Repo.Content, Repo.Templates]), $"the site could not be written to {folder}");
}
