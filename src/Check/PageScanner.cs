using System.Collections.Concurrent;
using System.Net;
using Wsis.Caching;
using Wsis.Render;

namespace Wsis.Check;

/// <summary>
/// Reads each page's ids and internal links. The pages are our own output, so a narrow reader suffices: it looks only
/// at start tags (where every id, href and src is), skips comments, end tags and declarations, and, as the HTML5 tree
/// builder does, treats the content of title, textarea, style, script and the like as text. AngleSharp's tokenizer did
/// the same at a twentieth of the speed; tests hold this reader to AngleSharp's full parse on every page of the site.
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
        var ids = new List<string>(); // duplicates kept: the check reports them
        var links = new HashSet<string>(ReferenceEqualityComparer.Instance); // each link is its one shared copy
        var at = 0;
        while ((at = html.IndexOf('<', at)) >= 0 && at + 1 < html.Length)
        {
            var next = html[at + 1];
            if (html.AsSpan(at).StartsWith("<!--")) at = After(html, "-->", at + 4);
            else if (next is '!' or '?' or '/') at = After(html, ">", at + 2);
            else if (char.IsAsciiLetter(next)) at = StartTag(html, at + 1, ids, links);
            else at++;
        }
        var sortedIds = ids.ToArray();
        Array.Sort(sortedIds, StringComparer.Ordinal);
        return (sortedIds, links.ToArray());
    }

    /// <summary>Reads one start tag from its name on; returns where reading goes on (past the text of a text element).</summary>
    private int StartTag(string html, int at, List<string> ids, HashSet<string> links)
    {
        var nameEnd = at;
        while (nameEnd < html.Length && !IsSpace(html[nameEnd]) && html[nameEnd] is not ('/' or '>')) nameEnd++;
        var tag = html.AsSpan(at, nameEnd - at);
        at = nameEnd;
        var seen = ScannedAttribute.None; // the first of two equal attributes counts, as in a browser
        while (at < html.Length && html[at] != '>')
        {
            if (IsSpace(html[at]) || html[at] == '/') { at++; continue; }
            var nameStart = at;
            while (at < html.Length && !IsSpace(html[at]) && html[at] is not ('=' or '>' or '/')) at++;
            var name = html.AsSpan(nameStart, Math.Max(at - nameStart, 1));
            if (at == nameStart) at++; // a stray '=' is an attribute name of its own
            while (at < html.Length && IsSpace(html[at])) at++;
            var value = ReadOnlySpan<char>.Empty;
            if (at < html.Length && html[at] == '=')
            {
                at++;
                while (at < html.Length && IsSpace(html[at])) at++;
                int valueStart, valueEnd;
                if (at < html.Length && html[at] is '"' or '\'')
                {
                    valueStart = at + 1;
                    valueEnd = html.IndexOf(html[at], valueStart);
                    if (valueEnd < 0) valueEnd = html.Length;
                    at = Math.Min(valueEnd + 1, html.Length);
                }
                else
                {
                    valueStart = at;
                    while (at < html.Length && !IsSpace(html[at]) && html[at] != '>') at++;
                    valueEnd = at;
                }
                value = html.AsSpan(valueStart, valueEnd - valueStart);
            }
            var attribute = AttributeNamed(name);
            if (attribute == ScannedAttribute.None || seen.HasFlag(attribute)) continue;
            seen |= attribute;
            // Only the values read become strings, and only the first time any page has them.
            var text = value.Contains('&') ? WebUtility.HtmlDecode(value.ToString()).AsSpan() : value;
            if (attribute == ScannedAttribute.Id) ids.Add(Shared(text));
            else if (IsInternal(text)) links.Add(Shared(text));
        }
        at = Math.Min(at + 1, html.Length);
        return TextEnd(tag) is { } end ? ClosingTag(html, end, at) : at;
    }

    /// <summary>The attributes the scanner reads; any other is passed over.</summary>
    [Flags]
    private enum ScannedAttribute
    {
        None = 0,
        Id = 1,
        Href = 2,
        Src = 4,
    }

    private static ScannedAttribute AttributeNamed(ReadOnlySpan<char> name) =>
        name.Equals("id", StringComparison.OrdinalIgnoreCase) ? ScannedAttribute.Id :
        name.Equals("href", StringComparison.OrdinalIgnoreCase) ? ScannedAttribute.Href :
        name.Equals("src", StringComparison.OrdinalIgnoreCase) ? ScannedAttribute.Src : ScannedAttribute.None;

    /// <summary>Where the text of an element whose content the tree builder reads as text ends (scripting off, as a browser without it).</summary>
    private static string? TextEnd(ReadOnlySpan<char> tag) =>
        tag.Equals("title", StringComparison.OrdinalIgnoreCase) ? "</title" :
        tag.Equals("textarea", StringComparison.OrdinalIgnoreCase) ? "</textarea" :
        tag.Equals("style", StringComparison.OrdinalIgnoreCase) ? "</style" :
        tag.Equals("script", StringComparison.OrdinalIgnoreCase) ? "</script" :
        tag.Equals("xmp", StringComparison.OrdinalIgnoreCase) ? "</xmp" :
        tag.Equals("iframe", StringComparison.OrdinalIgnoreCase) ? "</iframe" :
        tag.Equals("noembed", StringComparison.OrdinalIgnoreCase) ? "</noembed" :
        tag.Equals("noframes", StringComparison.OrdinalIgnoreCase) ? "</noframes" :
        tag.Equals("plaintext", StringComparison.OrdinalIgnoreCase) ? "\uFFFF\uFFFF" : null;

    /// <summary>Just past the next <paramref name="end"/> (of a comment, a declaration, an end tag); the end of the page if there is none.</summary>
    private static int After(string html, string end, int from)
    {
        var found = html.IndexOf(end, from, StringComparison.Ordinal);
        return found < 0 ? html.Length : found + end.Length;
    }

    /// <summary>Where the closing tag of a text element starts, in any case ("&lt;/SCRIPT"), so that it is read as an end tag; the end of the page if there is none.</summary>
    private static int ClosingTag(string html, string end, int from)
    {
        var found = html.IndexOf(end, from, StringComparison.OrdinalIgnoreCase);
        return found < 0 ? html.Length : found;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private string Shared(ReadOnlySpan<char> value)
    {
        if (_strings.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(value, out var known)) return known;
        var text = value.ToString();
        return _strings.GetOrAdd(text, text);
    }

    private static bool IsInternal(ReadOnlySpan<char> link) =>
        link.StartsWith('#') || (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal));
}
