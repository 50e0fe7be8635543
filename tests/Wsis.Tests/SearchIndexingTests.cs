using Wsis.Build;
using Wsis.Diagnostics;
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
}
