using Wsis.Build;
using Wsis.Diagnostics;
using Wsis.Render;
using Wsis.Search;
using Wsis.Tests.Support;
using Wsis.Write;

namespace Wsis.Tests;

public sealed class SearchIndexingTests
{
    [Fact]
    public void A_required_search_index_that_cannot_be_built_fails_the_build_and_keeps_the_old_site()
    {
        using var folder = new TempFolder();
        var content = folder.Combine("content");
        var output = folder.Combine("_site");
        SmallSite.Content.WriteTo(content);
        PreviousBuild.Mark(output);
        File.WriteAllText(Path.Combine(output, "old.html"), "the previous build");
        var inputs = BuildInputs.Read(new BuildOptions { ContentDirectory = content, TemplatesDirectory = Repo.Templates }, new StageTimings());
        // A machine without Pagefind: the inputs found none.
        using var sink = new StagingSink(output, [content, Repo.Templates], SearchIndexing.Required, pagefind: null);
        var result = SiteBuilder.Build(inputs, sink);
        Assert.False(result.Succeeded);
        Assert.True(result.SearchFailed);
        Assert.Contains("npm ci", result.SearchIndex);
        Assert.Equal([".wsis-site", "old.html"], Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_build_whose_links_fail_the_check_while_its_index_is_written_leaves_neither_and_keeps_the_old_site()
    {
        var pagefind = PagefindIndexer.Find(Repo.Root);
        if (pagefind is null) RequiredTool.Npm.Missing($"Pagefind is not installed. {PagefindIndexer.InstallHint}");
        using var folder = new TempFolder();
        var content = folder.Combine("content");
        var output = folder.Combine("_site");
        SmallSite.Content.Replace(SmallSite.About, "](/background/)", "](/no-such-page/)").WriteTo(content);
        PreviousBuild.Mark(output);
        File.WriteAllText(Path.Combine(output, "old.html"), "the previous build");
        var inputs = BuildInputs.Read(new BuildOptions { ContentDirectory = content, TemplatesDirectory = Repo.Templates }, new StageTimings());

        using var staging = new StagingSink(output, [content, Repo.Templates], SearchIndexing.Required, pagefind);
        var sink = new WatchedSink(staging, passPagesDone: true);
        var result = SiteBuilder.Build(inputs, sink);
        staging.Dispose();

        Assert.True(sink.PagesWereDone); // the index was being written when the check failed
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);
        Assert.False(result.Written);
        Assert.Equal([".wsis-site", "old.html"], Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["_site", "content"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_index_written_while_the_links_are_checked_is_the_one_written_after_them_byte_for_byte()
    {
        var pagefind = PagefindIndexer.Find(Repo.Root);
        if (pagefind is null) RequiredTool.Npm.Missing($"Pagefind is not installed. {PagefindIndexer.InstallHint}");
        using var folder = new TempFolder();
        var content = folder.Combine("content");
        ContentSet.Sample(300).WriteTo(content);
        var inputs = BuildInputs.Read(new BuildOptions { ContentDirectory = content, TemplatesDirectory = Repo.Templates, BaseUrl = "https://example.org" }, new StageTimings());

        Dictionary<string, byte[]> Built(string name, bool passPagesDone)
        {
            var output = folder.Combine(name);
            using var staging = new StagingSink(output, [content, Repo.Templates], SearchIndexing.Required, pagefind);
            var sink = new WatchedSink(staging, passPagesDone);
            Assert.True(SiteBuilder.Build(inputs, sink).Succeeded);
            Assert.True(sink.PagesWereDone);
            return Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(output, f), File.ReadAllBytes);
        }
        var overlapped = Built("overlapped", passPagesDone: true);
        var after = Built("after", passPagesDone: false);

        Assert.Equal(after.Keys.Order(StringComparer.Ordinal), overlapped.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(after.Keys, path => path.StartsWith("pagefind", StringComparison.Ordinal) && path.EndsWith(".pf_fragment", StringComparison.Ordinal));
        Assert.All(after, file => Assert.True(file.Value.AsSpan().SequenceEqual(overlapped[file.Key]), $"{file.Key} differs"));
    }

    // A staging sink told, or not, that every page is in before the check (and so whether its index overlaps the check).
    private sealed class WatchedSink(StagingSink sink, bool passPagesDone) : ISiteSink
    {
        public bool PagesWereDone { get; private set; }
        public bool Publishes => sink.Publishes;
        public int? StreamPagesOver => sink.StreamPagesOver;
        public void Open() => sink.Open();
        public void Add(OutputFile file) => sink.Add(file);
        public void Add(RenderedPage page, int order) => sink.Add(page, order);
        public IPageFile OpenPage(string path) => sink.OpenPage(path);
        public void StageDone() => sink.StageDone();
        public SinkOutcome Complete() => sink.Complete();
        public Diagnostic? WriteFailure(Exception exception) => sink.WriteFailure(exception);

        public void PagesDone()
        {
            PagesWereDone = true;
            if (passPagesDone) sink.PagesDone();
        }
    }
}
