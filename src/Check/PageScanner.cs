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
    private readonly ConcurrentDictionary<string, string> _strings;
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byText;

    public PageScanner()
    {
        _strings = new(StringComparer.Ordinal);
        _byText = _strings.GetAlternateLookup<ReadOnlySpan<char>>(); // looked up once: it checks the comparer each time
    }

    /// <param name="cache">Ids and links by page HTML, kept across the rebuilds of serve so unchanged pages are not read again.</param>
    public PageLinks Scan(RenderedPage page, Memo<string, (string[] Ids, string[] Links)>? cache = null)
    {
        var (ids, links) = cache is null ? Read(page.Html) : cache.GetOrAdd(page.Html, Read);
        return new PageLinks(page.Path, page.Url, page.Origin, ids, links);
    }

    /// <summary>A page read as it is drawn, part after part (<see cref="StreamedPageScan"/>): for a page too large to be held whole.</summary>
    public StreamedPageScan Start() => new(this);

    private (string[] Ids, string[] Links) Read(string html)
    {
        var reading = new Reading();
        ReadPart(html, reading, final: true);
        return reading.Result();
    }

    /// <summary>What a page's reading has found so far, and what it is inside of when a part ends mid-element.</summary>
    internal sealed class Reading
    {
        public readonly List<string> Ids = []; // duplicates kept: the check reports them
        public readonly HashSet<string> Links = new(ReferenceEqualityComparer.Instance); // each link is its one shared copy
        /// <summary>The end being looked for (of a comment, declaration, end tag or text element); null between elements.</summary>
        public string? Until;
        /// <summary>Whether reading goes on past <see cref="Until"/> (a comment's end) or at it (a text element's end tag, read as a tag).</summary>
        public bool PastEnd;

        public (string[] Ids, string[] Links) Result()
        {
            var sortedIds = Ids.ToArray();
            Array.Sort(sortedIds, StringComparer.Ordinal);
            return (sortedIds, Links.ToArray());
        }
    }

    /// <summary>
    /// Reads a part of a page; returns how much of it is read. Unless it is the <paramref name="final"/> part, an element
    /// cut by the part's end is left unread, for the next part to complete; the final part ends every element, as the
    /// page's end does.
    /// </summary>
    internal int ReadPart(ReadOnlySpan<char> html, Reading reading, bool final)
    {
        var at = 0;
        while (true)
        {
            if (reading.Until is { } until)
            {
                var found = reading.PastEnd ? html[at..].IndexOf(until, StringComparison.Ordinal) : html[at..].IndexOf(until, StringComparison.OrdinalIgnoreCase);
                if (found < 0) return final ? html.Length : Math.Max(at, html.Length - (until.Length - 1)); // the end may start in the next part
                at += found + (reading.PastEnd ? until.Length : 0);
                reading.Until = null;
            }
            var open = html[at..].IndexOf('<');
            if (open < 0) return html.Length;
            at += open;
            if (at + 1 >= html.Length) return final ? html.Length : at;
            var next = html[at + 1];
            if (!final && html.Length - at < 4 && "<!--".AsSpan().StartsWith(html[at..])) return at; // perhaps a comment's start
            if (html[at..].StartsWith("<!--")) Look(reading, "-->", pastEnd: true, ref at, 4);
            else if (next is '!' or '?' or '/') Look(reading, ">", pastEnd: true, ref at, 2);
            else if (char.IsAsciiLetter(next))
            {
                var end = StartTag(html, at + 1, reading, final);
                if (end < 0) return at; // the tag goes on in the next part
                at = end;
            }
            else at++;
        }
    }

    private static void Look(Reading reading, string until, bool pastEnd, ref int at, int skip)
    {
        reading.Until = until;
        reading.PastEnd = pastEnd;
        at += skip;
    }

    /// <summary>
    /// Reads one start tag from its name on; returns where reading goes on (a text element's text is then looked past),
    /// or -1 when the part ends inside the tag and is not the final part: nothing of the tag is kept then.
    /// </summary>
    private int StartTag(ReadOnlySpan<char> html, int at, Reading reading, bool final)
    {
        var nameEnd = at;
        while (nameEnd < html.Length && !IsSpace(html[nameEnd]) && html[nameEnd] is not ('/' or '>')) nameEnd++;
        var tag = html[at..nameEnd];
        at = nameEnd;
        var seen = ScannedAttribute.None; // the first of two equal attributes counts, as in a browser
        string? id = null, href = null, src = null; // kept only once the tag is whole
        while (at < html.Length && html[at] != '>')
        {
            if (IsSpace(html[at]) || html[at] == '/') { at++; continue; }
            var nameStart = at;
            while (at < html.Length && !IsSpace(html[at]) && html[at] is not ('=' or '>' or '/')) at++;
            var name = html.Slice(nameStart, Math.Max(at - nameStart, 1));
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
                    valueEnd = html[valueStart..].IndexOf(html[at]);
                    valueEnd = valueEnd < 0 ? html.Length : valueStart + valueEnd;
                    at = Math.Min(valueEnd + 1, html.Length);
                }
                else
                {
                    valueStart = at;
                    while (at < html.Length && !IsSpace(html[at]) && html[at] != '>') at++;
                    valueEnd = at;
                }
                value = html[valueStart..valueEnd];
            }
            var attribute = AttributeNamed(name);
            if (attribute == ScannedAttribute.None || seen.HasFlag(attribute)) continue;
            seen |= attribute;
            if (at >= html.Length && !final) return -1; // the value may go on in the next part
            // Only the values read become strings, and only the first time any page has them.
            var text = value.Contains('&') ? WebUtility.HtmlDecode(value.ToString()).AsSpan() : value;
            if (attribute == ScannedAttribute.Id) id = Shared(text);
            else if (!IsInternal(text)) continue;
            else if (attribute == ScannedAttribute.Href) href = Shared(text);
            else src = Shared(text);
        }
        if (at >= html.Length && !final) return -1;
        if (id is not null) reading.Ids.Add(id);
        if (href is not null) reading.Links.Add(href);
        if (src is not null) reading.Links.Add(src);
        at = Math.Min(at + 1, html.Length);
        if (TextEnd(tag) is { } end) Look(reading, end, pastEnd: false, ref at, 0);
        return at;
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

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // called for every character of a tag
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private string Shared(ReadOnlySpan<char> value)
    {
        if (_byText.TryGetValue(value, out var known)) return known;
        var text = value.ToString();
        return _strings.GetOrAdd(text, text);
    }

    private static bool IsInternal(ReadOnlySpan<char> link) =>
        link.StartsWith('#') || (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal));
}
