using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using Wsis.Caching;
using Wsis.Render;

namespace Wsis.Check;

/// <summary>Parses pages for their ids and internal links, with one HTML parser per thread.</summary>
public sealed class PageScanner : IDisposable
{
    private readonly ThreadLocal<HtmlParser> _parsers = new(NewParser);

    /// <param name="cache">Ids and links by page HTML, kept across the rebuilds of serve so unchanged pages are not parsed again.</param>
    public PageLinks Scan(RenderedPage page, Memo<string, (HashSet<string> Ids, List<string> Links)>? cache = null)
    {
        var (ids, links) = cache is null ? Parse(page.Html) : cache.GetOrAdd(page.Html, Parse);
        return new PageLinks(page.Path, page.Url, page.Origin, ids, links);
    }

    private (HashSet<string> Ids, List<string> Links) Parse(string html) => Parse(_parsers.Value!, html);

    public void Dispose() => _parsers.Dispose();

    /// <summary>
    /// The HTML5 tree builder runs in full, so ids and links are exactly those a browser sees; it just skips
    /// what the check never reads: text, comments, positions and every attribute but id, href and src.
    /// </summary>
    private static HtmlParser NewParser() => new(new HtmlParserOptions
    {
        SkipDataText = true,
        SkipComments = true,
        SkipScriptText = true,
        SkipRawText = true,
        SkipRCDataText = true,
        SkipPlaintext = true,
        SkipCDATA = true,
        SkipProcessingInstructions = true,
        DisableElementPositionTracking = true,
        ShouldEmitAttribute = (ref StructHtmlToken _, ReadOnlyMemory<char> name) => name.Span is "id" or "href" or "src",
    });

    private static (HashSet<string> Ids, List<string> Links) Parse(HtmlParser parser, string html)
    {
        using var document = parser.ParseDocument(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.All)
        {
            if (element.GetAttribute("id") is { } id) ids.Add(id);
            if (element.GetAttribute("href") is { } href && IsInternal(href)) links.Add(href);
            if (element.GetAttribute("src") is { } src && IsInternal(src)) links.Add(src);
        }
        return (ids, links.ToList());
    }

    private static bool IsInternal(string link) =>
        link.StartsWith('#') || (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal));
}
