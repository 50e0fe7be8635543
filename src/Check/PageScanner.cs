using System.Collections.Concurrent;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using Wsis.Caching;
using Wsis.Render;

namespace Wsis.Check;

/// <summary>Parses pages for their ids and internal links, with one HTML parser per thread.</summary>
public sealed class PageScanner : IDisposable
{
    private readonly ThreadLocal<HtmlParser> _parsers = new(NewParser);
    // One copy of each id and link for the whole site: the same item anchors and links recur on many pages.
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    /// <param name="cache">Ids and links by page HTML, kept across the rebuilds of serve so unchanged pages are not parsed again.</param>
    public PageLinks Scan(RenderedPage page, Memo<string, (string[] Ids, string[] Links)>? cache = null)
    {
        var (ids, links) = cache is null ? Parse(page.Html) : cache.GetOrAdd(page.Html, Parse);
        return new PageLinks(page.Path, page.Url, page.Origin, ids, links);
    }

    private (string[] Ids, string[] Links) Parse(string html) => Parse(_parsers.Value!, html);

    private string Shared(string value) => _strings.GetOrAdd(value, value);

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

    private (string[] Ids, string[] Links) Parse(HtmlParser parser, string html)
    {
        using var document = parser.ParseDocument(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.All)
        {
            if (element.GetAttribute("id") is { } id) ids.Add(Shared(id));
            if (element.GetAttribute("href") is { } href && IsInternal(href)) links.Add(Shared(href));
            if (element.GetAttribute("src") is { } src && IsInternal(src)) links.Add(Shared(src));
        }
        var sortedIds = ids.ToArray();
        Array.Sort(sortedIds, StringComparer.Ordinal);
        return (sortedIds, links.ToArray());
    }

    private static bool IsInternal(string link) =>
        link.StartsWith('#') || (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal));
}
