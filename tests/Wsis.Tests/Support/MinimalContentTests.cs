namespace Wsis.Tests.Support;

public class MinimalContentTests
{
    [Fact]
    public void Minimal_content_set_builds_without_errors_or_warnings()
    {
        var result = ContentSet.Minimal.Build();

        Assert.Empty(result.Diagnostics);
        Assert.True(result.Succeeded);
    }
}
