using Wsis.Build;
using Wsis.Load;

namespace Wsis.Tests;

public class SmokeTests
{
    [Fact]
    public void Real_content_builds_without_errors()
    {
        var result = Support.ContentSet.RealBuild;
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.True(result.Succeeded);
    }
}
