namespace Wsis.Tests.Support;

/// <summary>The small sites the engine tests change in one place: each must build cleanly as it is.</summary>
public class TestSitesTests
{
    [Fact]
    public void Minimal_content_set_builds_without_errors_or_warnings()
    {
        var result = ContentSet.Minimal.Build();

        Assert.Empty(result.Diagnostics);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Small_site_builds_without_errors_or_warnings_with_a_page_per_priority()
    {
        var result = SmallSite.Content.Build();

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Site!.Pages, p => p.Url == "/action-lines/c1/priorities/2/");
    }
}
