using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Wsis.Build;

namespace Wsis.Tests;

/// <summary>Parses rendered pages so tests assert on the document, not on substrings.</summary>
public static class Html
{
    public static IDocument Page(BuildResult result, string url)
    {
        Assert.NotNull(result.Site);
        var page = result.Site.Pages.SingleOrDefault(p => p.Url == url);
        Assert.True(page is not null, $"No page at {url}");
        return new HtmlParser().ParseDocument(page.Html);
    }
}
