using System.Collections.Concurrent;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Text;
using Wsis.Caching;
using Wsis.Render;

namespace Wsis.Check;

/// <summary>
/// Reads each page's ids and internal links with AngleSharp's HTML5 tokenizer. Every id, href and src is on a start
/// tag, so no document tree is built; like a browser's tree builder, the scanner switches the tokenizer into text mode
/// after the elements whose content is text (title, textarea, style, script…), so no markup is read where there is none.
/// </summary>
public sealed class PageScanner
{
    // One copy of each id and link for the whole site: the same item anchors and links recur on many pages.
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    /// <param name="cache">Ids and links by page HTML, kept across the rebuilds of serve so unchanged pages are not read again.</param>
    public PageLinks Scan(RenderedPage page, Memo<string, (string[] Ids, string[] Links)>? cache = null)
    {
        var (ids, links) = cache is null ? Read(page.Html) : cache.GetOrAdd(page.Html, Read);
        return new PageLinks(page.Path, page.Url, page.Origin, ids, links);
    }

    private (string[] Ids, string[] Links) Read(string html)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipComments = true,
            SkipScriptText = true,
            SkipRawText = true,
            SkipRCDataText = true,
            SkipPlaintext = true,
            SkipCDATA = true,
            SkipProcessingInstructions = true,
            ShouldEmitAttribute = (ref _, name) => name.Span is "id" or "href" or "src",
        };
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            ref var token = ref tokenizer.GetStructToken();
            if (token.Type == HtmlTokenType.EndOfFile) break;
            if (token.Type != HtmlTokenType.StartTag) continue;
            for (var i = 0; i < token.Attributes.Count; i++)
            {
                var attribute = token.Attributes[i];
                var name = attribute.Name.Memory.Span;
                var value = attribute.Value.ToString();
                if (name is "id") ids.Add(Shared(value));
                else if (IsInternal(value)) links.Add(Shared(value));
            }
            if (TextMode(token.Name.Memory.Span) is { } mode) tokenizer.State = mode;
        }
        var sortedIds = ids.ToArray();
        Array.Sort(sortedIds, StringComparer.Ordinal);
        return (sortedIds, links.ToArray());
    }

    /// <summary>The tokenizer state the HTML5 tree builder sets after these start tags (scripting off, as the check has always parsed).</summary>
    private static HtmlParseMode? TextMode(ReadOnlySpan<char> tag) => tag switch
    {
        "title" or "textarea" => HtmlParseMode.RCData,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
        "script" => HtmlParseMode.Script,
        "plaintext" => HtmlParseMode.Plaintext,
        _ => null,
    };

    private string Shared(string value) => _strings.GetOrAdd(value, value);

    private static bool IsInternal(string link) =>
        link.StartsWith('#') || (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal));
}
