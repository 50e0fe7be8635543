using Wsis.Build;
using Wsis.Diagnostics;
using Wsis.Search;
using Wsis.Tests.Support;
using Wsis.Write;

namespace Wsis.Tests.Write;

/// <summary>
/// A page longer than the sink's limit is written and read for links as it is drawn, never held whole: held to the
/// same build with every page held whole, byte for byte, search index and link check included.
/// </summary>
public sealed class StreamedPagesTests : IDisposable
{
    // Small enough that every page longer than one chunk of the output (16 K characters) goes as it is drawn.
    private const int StreamEverything = 1;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private (BuildResult Result, string Folder) Build(ContentSet content, string name, int streamPagesOver, SearchIndexing search)
    {
        var contentFolder = _temp.Combine(name + "-content");
        content.WriteTo(contentFolder);
        var output = _temp.Combine(name);
        var inputs = BuildInputs.Read(new BuildOptions { ContentDirectory = contentFolder, TemplatesDirectory = Repo.Templates, BaseUrl = "https://example.org" }, new StageTimings());
        using var sink = new StagingSink(output, [contentFolder, Repo.Templates], search, PagefindIndexer.Find(Repo.Root), streamPagesOver: streamPagesOver);
        return (SiteBuilder.Build(inputs, sink), output);
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    public static TheoryData<string> Contents => ["real content", "sample of 300 items"];

    private static ContentSet Content(string name) => name == "real content" ? ContentSet.Real : ContentSet.Sample(300);

    [Theory]
    [MemberData(nameof(Contents))]
    public void Pages_written_as_they_are_drawn_are_the_pages_held_whole_byte_for_byte_with_their_search_index(string name)
    {
        if (PagefindIndexer.Find(Repo.Root) is null) RequiredTool.Npm.Missing($"Pagefind is not installed. {PagefindIndexer.InstallHint}");
        var content = Content(name);
        var (whole, wholeFolder) = Build(content, "whole", int.MaxValue, SearchIndexing.Required);
        var (streamed, streamedFolder) = Build(content, "streamed", StreamEverything, SearchIndexing.Required);

        Assert.True(whole.Succeeded && streamed.Succeeded);
        var expected = Files(wholeFolder);
        var actual = Files(streamedFolder);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, file => Assert.True(file.Value.AsSpan().SequenceEqual(actual[file.Key]), $"{file.Key} differs"));
        Assert.Contains(expected.Keys, path => path.StartsWith("pagefind", StringComparison.Ordinal));
        Assert.Equal(whole.LinksChecked, streamed.LinksChecked);
        // The real content's largest pages are over one chunk, so the streamed build did stream.
        Assert.Contains(expected, file => file.Key.EndsWith(".html", StringComparison.Ordinal) && file.Value.Length > 3 * 16 * 1024);
    }

    [Fact]
    public void A_broken_link_or_fragment_on_a_page_written_as_it_is_drawn_is_reported_as_on_a_page_held_whole()
    {
        var sample = ContentSet.Sample(300);
        var (path, text) = sample.Files.Select(f => (f.Key, sample.Text(f.Key))).First(f => f.Item2.Contains("](/action-lines/", StringComparison.Ordinal));
        var at = text.IndexOf("](/action-lines/", StringComparison.Ordinal);
        var broken = sample.With(path, text[..at] + "](/no-such-page/)" + text[(text.IndexOf(')', at) + 1)..]
            .Replace("](/action-lines/", "](/action-lines/#no-such-fragment-", StringComparison.Ordinal));

        var (whole, _) = Build(broken, "whole", int.MaxValue, SearchIndexing.Off);
        var (streamed, folder) = Build(broken, "streamed", StreamEverything, SearchIndexing.Off);

        Assert.Contains(whole.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);
        Assert.Contains(whole.Diagnostics, d => d.Code == DiagnosticCodes.MissingFragment);
        Assert.Equal(whole.Diagnostics.Select(d => d.ToString()), streamed.Diagnostics.Select(d => d.ToString()));
        Assert.False(Directory.Exists(folder)); // and nothing of what was written is left
        Assert.Empty(Directory.GetDirectories(_temp.Path, "streamed.*"));
    }
}
