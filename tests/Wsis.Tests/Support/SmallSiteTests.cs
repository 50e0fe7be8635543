namespace Wsis.Tests.Support;

public class SmallSiteTests
{
    [Fact]
    public void Small_site_builds_without_errors_or_warnings_with_a_page_per_priority()
    {
        var result = SmallSite.Content.Build();

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Site!.Pages, p => p.Url == "/action-lines/c1/priorities/2/");
    }
}
