using System.Collections.Concurrent;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using Wsis.Caching;
using Wsis.Diagnostics;
using Wsis.Render;

namespace Wsis.Check;

/// <summary>Parses every rendered page and checks that each internal link and fragment points at something that exists.</summary>
public static class LinkChecker
{
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

    /// <param name="cache">Ids and links by page HTML, kept across the rebuilds of serve so unchanged pages are not parsed again.</param>
    /// <param name="locate">Where a link from a page's source file is written (its exact line), when it can be found there.</param>
    public static int Check(RenderedSite site, DiagnosticBag diagnostics, Memo<string, (HashSet<string> Ids, List<string> Links)>? cache = null,
        Func<SourceLocation, string, SourceLocation>? locate = null)
    {
        locate ??= (origin, _) => origin;
        using var parsers = new ThreadLocal<HtmlParser>(NewParser);
        (HashSet<string> Ids, List<string> Links) Parse(string html) => ParsePage(parsers.Value!, html);
        var parsed = site.Pages.AsParallel().AsOrdered()
            .Select(page => (Page: page, Found: cache is null ? Parse(page.Html) : cache.GetOrAdd(page.Html, Parse)))
            .ToList();
        var idsByPath = parsed.ToDictionary(p => p.Page.Path, p => p.Found.Ids, StringComparer.Ordinal);
        var files = site.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        // Most links repeat across pages (navigation, badges, items listed on many pages): resolve each once.
        var resolved = new ConcurrentDictionary<string, (string Path, string Fragment)>(StringComparer.Ordinal);
        return parsed.AsParallel().Sum(entry =>
        {
            var (page, (_, links)) = entry;
            foreach (var link in links)
            {
                var (path, fragment) = link.StartsWith('#') ? (page.Path, Uri.UnescapeDataString(link[1..])) : resolved.GetOrAdd(link, Split);
                if (!idsByPath.TryGetValue(path, out var ids))
                {
                    if (!files.Contains(path))
                        diagnostics.Error(DiagnosticCodes.BrokenLink, locate(page.Origin, link), $"The page {page.Url} links to '{link}', which does not exist.",
                            "Correct the link, or add the page it points to.");
                    continue;
                }
                if (fragment.Length > 0 && !ids.Contains(fragment))
                    diagnostics.Error(DiagnosticCodes.MissingFragment, locate(page.Origin, link), $"The page {page.Url} links to '{link}', but that page has no element with id '{fragment}'.",
                        "Correct the part after '#', or add the anchor it points to.");
            }
            return links.Count;
        });
    }

    private static (HashSet<string> Ids, List<string> Links) ParsePage(HtmlParser parser, string html)
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

    /// <summary>An absolute internal link as the file it points at and its fragment.</summary>
    private static (string Path, string Fragment) Split(string link)
    {
        var hash = link.IndexOf('#');
        var fragment = hash < 0 ? "" : Uri.UnescapeDataString(link[(hash + 1)..]);
        var url = hash < 0 ? link : link[..hash];
        var query = url.IndexOf('?');
        if (query >= 0) url = url[..query];
        return (Urls.FileOf(Uri.UnescapeDataString(url)), fragment);
    }
}
