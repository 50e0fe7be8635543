using System.Diagnostics;
using Wsis.Build;
using Wsis.Diagnostics;
using Wsis.Search;
using Wsis.Tests.Support;
using Wsis.Write;

namespace Wsis.Tests.SearchIndex;

/// <summary>The real content or a 300-item sample built twice: indexed by Pagefind over the whole written site, its own way, and with the build's index.</summary>
public static class SearchSites
{
    public sealed record Built(string Pagefinds, string Ours, BuildResult Result, string ContentFolder, BuildInputs Inputs);

    public static Built Build(string content, TempFolder temp)
    {
        var pagefind = PagefindIndexer.Find(Repo.Root);
        if (pagefind is null) RequiredTool.Npm.Missing($"Pagefind is not installed. {PagefindIndexer.InstallHint}");
        var contentFolder = Repo.Content;
        if (content == "sample")
        {
            contentFolder = temp.Combine("content");
            ContentSet.Sample(300).WriteTo(contentFolder);
        }
        var (pagefinds, ours) = (temp.Combine("pagefinds"), temp.Combine("ours"));
        var inputs = BuildInputs.Read(new BuildOptions { ContentDirectory = contentFolder, TemplatesDirectory = Repo.Templates }, new StageTimings());

        using (var sink = new StagingSink(pagefinds, [contentFolder, Repo.Templates], SearchIndexing.Off, pagefind))
            Assert.True(SiteBuilder.Build(inputs, sink).Succeeded);
        using (var process = Process.Start(new ProcessStartInfo(pagefind, ["--site", pagefinds, "--silent"]) { RedirectStandardOutput = true })!)
        {
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
        }
        return new Built(pagefinds, ours, WithOurIndex(inputs, ours, contentFolder), contentFolder, inputs);
    }

    public static BuildResult WithOurIndex(BuildInputs inputs, string output, string contentFolder)
    {
        using var sink = new StagingSink(output, [contentFolder, Repo.Templates], SearchIndexing.Required, PagefindIndexer.Find(Repo.Root));
        var result = SiteBuilder.Build(inputs, sink);
        Assert.True(result.Succeeded, result.SearchIndex);
        return result;
    }
}
