using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Net;
using System.Runtime.InteropServices;
using System.Text;

namespace Wsis.Search;

/// <summary>
/// Reads a rendered page the way Pagefind 1.5 does before indexing it: the text of its data-pagefind-body elements (or
/// of the whole page when it has none), without data-pagefind-ignore elements, head, scripts, forms, nav and footer;
/// a full stop after each block that ends in a word; headings weighted; filters, metadata and anchors taken from the
/// data-pagefind-* attributes. Then splits the text into words (<see cref="SearchWords"/>).
/// </summary>
/// <remarks>
/// Done as each page is handed to the sink, on the render's threads, instead of Pagefind reading every page back and
/// parsing it on one thread (docs/speed.md). The rules follow Pagefind's own (its fossick/parser.rs); an element left
/// open is closed at the end of the page, an end tag with no open element of its name is passed over.
/// </remarks>
public sealed class SearchPageReader(SearchTerms terms)
{
    // Whether elements that cannot count are passed over unread (Skim): false only to hold that to reading them, in tests.
    private readonly bool _skims = true;

    internal SearchPageReader(SearchTerms terms, bool skims) : this(terms) => _skims = skims;

    // How many elements were passed over, for the tests to know that some were.
    private int _passedOver;

    internal int PassedOver => _passedOver;

    // The working state of pages read, each used again for a later page: a page's buffers allocated anew were most of
    // what reading allocated, and so of the collector's work (docs/speed.md).
    private readonly ConcurrentBag<State> _idle = [];

    [Flags]
    private enum Kind { None = 0, Sentence = 1, Inline = 2, Removed = 4, Void = 8, RawText = 16 }

    // Every tag that is read in a way of its own, with its kinds: one look-up per tag rather than one per kind.
    private static readonly FrozenDictionary<string, (string Name, Kind Kind)> Kinds = new (Kind Kind, string[] Tags)[]
    {
        (Kind.Sentence, ["h1", "h2", "h3", "h4", "h5", "h6", "p", "td", "div", "ul", "li", "article", "section"]),
        (Kind.Inline,
        [
            "a", "abbr", "acronym", "b", "bdo", "big", "br", "button", "cite", "code", "dfn", "em", "i", "img", "input", "kbd", "label", "map",
            "object", "output", "q", "samp", "script", "select", "small", "span", "strong", "sub", "sup", "textarea", "time", "tt", "var",
        ]),
        (Kind.Removed, ["head", "style", "script", "noscript", "label", "form", "svg", "footer", "nav", "iframe", "template"]),
        (Kind.Void, ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]),
        (Kind.RawText, ["script", "style", "textarea", "title"]),
        (Kind.None,
        [
            "html", "body", "main", "header", "aside", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "th", "caption",
            "figure", "figcaption", "details", "summary", "blockquote", "hgroup", "pre", "mark", "picture", "dialog", "address",
            "option", "optgroup", "fieldset", "legend", "colgroup",
        ]),
    }
        .SelectMany(k => k.Tags.Select(t => (k.Kind, Tag: t)))
        .GroupBy(k => k.Tag, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => (g.Key, g.Aggregate(Kind.None, (all, k) => all | k.Kind)), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (string Name, Kind Kind)>.AlternateLookup<ReadOnlySpan<char>> KnownNames = Kinds.GetAlternateLookup<ReadOnlySpan<char>>();

    // The same tags in a table of their own, looked up by their length and first, second and last letters: the frozen
    // dictionary hashes the whole name, and that was a seventh of reading a page's markup (docs/speed.md). The numbers
    // give each of these tags a slot of its own (with first and last letters only, "span" was eighth in its chain).
    private static readonly (string Name, Kind Kind)[] Known = KnownTable();

    private static (string Name, Kind Kind)[] KnownTable()
    {
        var table = new (string Name, Kind Kind)[512];
        foreach (var (_, tag) in Kinds)
        {
            var slot = Slot(tag.Name);
            while (table[slot].Name is not null) slot = (slot + 1) & (table.Length - 1);
            table[slot] = tag;
        }
        return table;
    }

    private static int Slot(ReadOnlySpan<char> name) => (name.Length * 24 + name[0] * 27 + (name.Length > 1 ? name[1] * 38 : 0) + name[^1]) & 511;

    // A tag of the table by its name exactly as written (so only names in lower case are found), or null.
    private static (string Name, Kind Kind)? KnownExactly(ReadOnlySpan<char> name)
    {
        for (var slot = Slot(name); Known[slot].Name is { } known; slot = (slot + 1) & 511)
        {
            if (name.SequenceEqual(known)) return Known[slot];
        }
        return null;
    }

    /// <summary>The page at this path of the site (index.html dropped from its URL, as Pagefind does).</summary>
    public static SearchPage Read(string path, string html, SearchTerms terms) => new SearchPageReader(terms).Read(path, html);

    /// <summary><see cref="Read(string, string, SearchTerms)"/> with the terms of this reader; safe from several threads at once.</summary>
    public SearchPage Read(string path, string html) => Read(path, html.AsSpan());

    /// <summary>A page held in a buffer rather than a string: a page read back from its file, too large to be a string for nothing.</summary>
    public SearchPage Read(string path, ReadOnlySpan<char> html)
    {
        var state = _idle.TryTake(out var idle) ? idle : new State();
        state.Skims = _skims;
        try
        {
            return Read(path, html, state);
        }
        finally
        {
            if (state.PassedOver > 0) Interlocked.Add(ref _passedOver, state.PassedOver);
            // A very large page's buffers are not kept.
            if (state.Reset()) _idle.Add(state);
        }
    }

    private SearchPage Read(string path, ReadOnlySpan<char> html, State state)
    {
        var url = path == "index.html" ? "/" : path.EndsWith("/index.html", StringComparison.Ordinal) ? $"/{path[..^10]}" : $"/{path}";
        Parse(html, state);
        var root = state.Unwind();
        var meta = new SortedDictionary<string, string>(state.DefaultMeta, StringComparer.Ordinal);
        Finish(state.Meta);
        foreach (var (key, value) in state.Meta) meta[key] = value;
        // Only decoded, not normalized: the words are split at any white space anyway.
        var text = state.Text.Span;
        var words = text.Contains('&')
            ? SearchWords.Split(WebUtility.HtmlDecode(text.ToString()), state.Language, state.AnchorText, terms, state.Words)
            : SearchWords.Split(text, state.Language, state.AnchorText, terms, state.Words);
        return new SearchPage
        {
            Url = url,
            Language = state.Language,
            HasBody = root.Status == Status.ParentOfBody,
            Content = words.Content,
            WordCount = words.WordCount,
            Terms = ImmutableCollectionsMarshal.AsImmutableArray(words.Terms),
            TermNumbers = ImmutableCollectionsMarshal.AsImmutableArray(words.TermNumbers),
            TermStarts = ImmutableCollectionsMarshal.AsImmutableArray(words.TermStarts),
            Occurrences = ImmutableCollectionsMarshal.AsImmutableArray(words.Occurrences),
            Filters = state.Filters.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value, StringComparer.Ordinal),
            Meta = meta,
            MetaWords = SearchWords.OfMeta(meta, state.Language, terms, state.Words),
            Anchors = words.Anchors,
        };
    }

    // Pagefind's fallbacks: the first h1 for the title, then the page's <title>; the first image for the image.
    private static void Finish(Dictionary<string, string> meta)
    {
        if (meta.Remove("auto_image", out var image))
        {
            meta.Remove("auto_image_alt", out var alt);
            if (!meta.ContainsKey("image"))
            {
                meta["image"] = image;
                meta["image_alt"] = alt ?? "";
            }
        }
        if (meta.Remove("auto_title", out var title)) meta.TryAdd("title", title);
        if (meta.Remove("auto_page_title", out var pageTitle)) meta.TryAdd("title", pageTitle);
    }

    private enum Status { Indexing, Ignored, Excluded, Body, ParentOfBody }

    // An open element. Its text is the page text from Start on: its own markers up to ContentStart, then what is inside.
    // Open elements form a stack, so each node's child is one object used again for every element opened inside it
    // (an object per element was most of what reading a page allocated).
    private sealed class Node(Node? parent)
    {
        private Node? _child;

        public Node? Parent { get; } = parent;
        public string Tag { get; private set; } = "";
        public Kind Kind { get; private set; }
        public Status Status { get; set; }
        public int Start { get; private set; }
        public int ContentStart { get; set; }
        public string[]? Filter { get; private set; }
        public string[]? Meta { get; private set; }
        public string[]? DefaultMeta { get; private set; }
        public bool Weighted { get; set; }
        public List<string>? AnchorIds { get; private set; }

        public Node Open(string tag, Kind kind, Status status, int start, Attributes attributes, List<string>? anchors)
        {
            var child = _child ??= new Node(this);
            (child.Tag, child.Kind, child.Status, child.Start, child.ContentStart, child.Weighted) = (tag, kind, status, start, start, false);
            (child.Filter, child.Meta, child.DefaultMeta, child.AnchorIds) = (Specs(attributes.Filter), Specs(attributes.Meta), Specs(attributes.DefaultMeta), anchors);
            return child;
        }
    }

    // The attributes that matter for search, decoded; the others are only skipped.
    private struct Attributes
    {
        public bool Body;
        public string? Ignore, Filter, Meta, DefaultMeta, Weight, Id, Lang, Src, Alt;

        // Only whether there is a body, filter or metadata (Counts), or an ignore, without the values (Skim).
        public bool MarksOnly, Counts;
    }

    // The parse's working state; one per page, never shared between threads. Pagefind keeps a string per element and
    // appends it to its parent's when it ends; here all share one buffer, each element marking where its text starts,
    // so that text is copied once however deep it lies, and an ignored element's text is cut off at its end.
    private sealed class State
    {
        public readonly TextBuffer Text = new(16 * 1024);
        public Node Current;
        public readonly Dictionary<string, List<string>> Filters = new(StringComparer.Ordinal);
        public readonly Dictionary<string, string> Meta = new(StringComparer.Ordinal);
        public readonly Dictionary<string, string> DefaultMeta = new(StringComparer.Ordinal);
        public readonly Dictionary<string, StringBuilder> AnchorText = new(StringComparer.Ordinal);
        public readonly Dictionary<string, string> Names = new(StringComparer.Ordinal);
        public readonly SearchWords.Buffers Words = new();
        public string Language = "unknown";
        public int Anchors;
        public int InHtml;

        // For Skim: whether it may, the names of the elements open inside the one passed over, how many were passed over.
        public bool Skims;
        public readonly List<string> Skimmed = [];
        public int PassedOver;

        private readonly Node _root = new(null);

        public State() => Current = _root;

        // Ready for the next page; false when this one's buffers grew too large to keep.
        public bool Reset()
        {
            Text.Truncate(0);
            Current = _root;
            _root.Status = Status.Indexing;
            Filters.Clear();
            Meta.Clear();
            DefaultMeta.Clear();
            AnchorText.Clear();
            if (Names.Count > 256) Names.Clear();
            Language = "unknown";
            Anchors = 0;
            InHtml = 0;
            Skimmed.Clear();
            PassedOver = 0;
            return Text.Capacity <= 1 << 20 && Words.Reset();
        }

        // The tag's name in lower case, the same string for each tag of that name (so that end tags match by reference),
        // and its kinds.
        public (string Name, Kind Kind) Name(ReadOnlySpan<char> name)
        {
            // Rendered pages' tags are in lower case already: only the others are copied.
            if (KnownExactly(name) is { } known) return known;
            Span<char> lower = stackalloc char[Math.Min(name.Length, 64)];
            var key = name.Length <= 64 && name.ToLowerInvariant(lower) == name.Length ? lower : name.ToString().ToLowerInvariant().AsSpan();
            if (KnownNames.TryGetValue(key, out var tag)) return tag;
            var names = Names.GetAlternateLookup<ReadOnlySpan<char>>();
            if (names.TryGetValue(key, out var seen)) return (seen, Kind.None);
            var added = key.ToString();
            Names[added] = added;
            return (added, Kind.None);
        }

        public string NodeText(Node node) => Text.ToString(node.ContentStart, Text.Length - node.ContentStart);

        // Closes what is left open, as Pagefind does at the end of a page, and returns the document's node.
        public Node Unwind()
        {
            var node = Current;
            while (node.Parent is { } parent)
            {
                if (parent.Status == Status.ParentOfBody || node.Status is Status.Ignored or Status.Excluded) Text.Truncate(node.Start);
                else if (node.Status is Status.Body or Status.ParentOfBody) TakeBody(parent, node);
                node = parent;
            }
            return node;
        }

        // A body ends inside an element that had none: that element's text is the body's alone from now on.
        public void TakeBody(Node parent, Node node)
        {
            if (parent.Status != Status.ParentOfBody) Text.Remove(parent.ContentStart, node.Start - parent.ContentStart);
            parent.Status = Status.ParentOfBody;
        }
    }

    private static void Parse(ReadOnlySpan<char> html, State state)
    {
        var at = 0;
        while (at < html.Length)
        {
            var lt = html[at..].IndexOf('<');
            if (lt >= 0) lt += at;
            if (lt < 0)
            {
                OnText(state, html[at..]);
                return;
            }
            if (lt > at) OnText(state, html[at..lt]);
            at = Tag(html, lt, state);
        }
    }

    // Reads the markup at '<' and returns where the text after it starts.
    private static int Tag(ReadOnlySpan<char> html, int lt, State state)
    {
        switch (Markup(html, lt, out var next, out var isEnd, out var nameStart, out var nameEnd))
        {
            case MarkupKind.Skipped:
                return next;
            case MarkupKind.LessThan:
                OnText(state, "<");
                return next;
        }
        var (name, kind) = state.Name(html[nameStart..nameEnd]);
        var attributes = new Attributes();
        var stop = ReadAttributes(html, nameEnd, ref attributes);
        if (isEnd)
        {
            OnEnd(state, name);
            return stop;
        }
        if (CannotCount(state, name, kind, attributes) is { } titles && Skim(html, stop, name, kind, titles, state) is >= 0 and var after) return after;
        OnStart(state, name, kind, attributes);
        if ((kind & Kind.RawText) == 0) return stop;
        var close = EndTag(html, stop, name);
        OnText(state, html[stop..close]);
        return close;
    }

    private enum MarkupKind { Skipped, LessThan, Tag }

    // What the markup at '<' is: a comment or declaration, passed over up to next; a '<' that is only text; or a start or
    // end tag named html[nameStart..nameEnd].
    private static MarkupKind Markup(ReadOnlySpan<char> html, int lt, out int next, out bool isEnd, out int nameStart, out int nameEnd)
    {
        var rest = html[lt..];
        (next, isEnd, nameStart, nameEnd) = (lt + 1, false, 0, 0);
        if (rest.StartsWith("<!--"))
        {
            var end = IndexOf(html, "-->", lt + 4);
            next = end < 0 ? html.Length : end + 3;
            return MarkupKind.Skipped;
        }
        if (rest.Length > 1 && rest[1] is '!' or '?')
        {
            var end = IndexOf(html, ">", lt);
            next = end < 0 ? html.Length : end + 1;
            return MarkupKind.Skipped;
        }
        isEnd = rest.Length > 1 && rest[1] == '/';
        nameStart = lt + (isEnd ? 2 : 1);
        if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart])) return MarkupKind.LessThan;
        nameEnd = nameStart;
        while (nameEnd < html.Length && html[nameEnd] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>')) nameEnd++;
        return MarkupKind.Tag;
    }

    // Whether an element about to be opened can reach the index only through the titles inside it, and then whether
    // those would count (null when it can reach it otherwise): an element whose text is all cut at its end (one
    // ignored, or beside a body that has ended in its parent), without a body, filter, metadata or anchor of its own,
    // and not inside an element with an anchor, whose text it would add to; not one that gives metadata by its name.
    // These are an item page's head and navigation before its body and its "also under" lists, citation and pager
    // after it, the ignored lists of the action-line pages, and the lists after the SDG and stakeholder pages' bodies
    // (docs/speed.md).
    private static bool? CannotCount(State state, string name, Kind kind, in Attributes attributes)
    {
        var parent = state.Current;
        if (!state.Skims || state.InHtml == 0 || (kind & Kind.Void) != 0 || GivesMetadata(name) || parent.AnchorIds is not null
            || attributes.Body || attributes.Filter is not null || attributes.Meta is not null || attributes.DefaultMeta is not null)
            return null;
        var own = OwnStatus(attributes);
        if (HasAnchor(parent, own, attributes)) return null;
        // As OnStart sets it: a removed tag is ignored whatever its attributes say, and an excluded element's inside is excluded.
        var status = (kind & Kind.Removed) != 0 ? Status.Ignored : parent.Status == Status.Excluded ? Status.Excluded : own;
        if (status == Status.Excluded) return false;
        return status == Status.Ignored || parent.Status == Status.ParentOfBody ? true : null;
    }

    // The tags that give metadata by their names alone.
    private static bool GivesMetadata(string name) => name is "h1" or "title" or "img" or "html";

    /// <summary>
    /// Passes over an element that cannot count (<see cref="CannotCount"/>) and all inside it, keeping only which
    /// elements are open, by the rules the reading follows, so as to find where it ends: returns where reading goes on
    /// (past its end tag, at an end tag that also closes an element outside it, or the end of the page), or -1 when it
    /// holds a body, a filter, metadata or a tag that gives metadata (but a plain title when titles count, taken as
    /// reading would take it), and must be read after all. Reading it would change nothing else: its text, its anchors
    /// and its weights are all cut at its end (anchors are numbered only to tell them apart, so those not numbered here
    /// leave the others' numbers distinct).
    /// </summary>
    private static int Skim(ReadOnlySpan<char> html, int at, string name, Kind kind, bool titles, State state)
    {
        var open = state.Skimmed;
        open.Clear();
        open.Add(name);
        string? title = null;
        var ignores = false; // an ignored element inside, which could exclude a title
        if ((kind & Kind.RawText) != 0) at = EndTag(html, at, name);
        while (at < html.Length)
        {
            var lt = html[at..].IndexOf('<');
            if (lt < 0) break;
            lt += at;
            if (Markup(html, lt, out var next, out var isEnd, out var nameStart, out var end) != MarkupKind.Tag)
            {
                at = next;
                continue;
            }
            var (tag, tagKind) = state.Name(html[nameStart..end]);
            var attributes = new Attributes { MarksOnly = true };
            var stop = ReadAttributes(html, end, ref attributes);
            if (isEnd)
            {
                var i = open.Count - 1;
                while (i >= 0 && !ReferenceEquals(open[i], tag)) i--;
                if (i == 0) return Passed(state, title, stop);
                if (i > 0) open.RemoveRange(i, open.Count - i);
                else if (ClosesOutside(state, tag)) return Passed(state, title, lt);
                at = stop;
                continue;
            }
            if (attributes.Counts) return -1;
            ignores |= attributes.Ignore is not null;
            if (tag == "title" && titles && !ignores)
            {
                // Its raw text is all its text; only when its end tag is there does it end, and give the page's title.
                var close = EndTag(html, stop, tag);
                if (close < html.Length)
                {
                    if (Markup(html, close, out _, out var ends, out var titleStart, out var titleEnd) != MarkupKind.Tag || !ends
                        || state.Name(html[titleStart..titleEnd]).Name != "title")
                        return -1;
                    title ??= html[stop..close].ToString();
                    var endTag = new Attributes { MarksOnly = true };
                    at = ReadAttributes(html, titleEnd, ref endTag);
                    continue;
                }
            }
            else if (GivesMetadata(tag)) return -1;
            at = stop;
            if ((tagKind & Kind.Void) != 0) continue;
            open.Add(tag);
            if ((tagKind & Kind.RawText) != 0) at = EndTag(html, stop, tag);
        }
        return Passed(state, title, html.Length);
    }

    private static int Passed(State state, string? title, int at)
    {
        if (title is not null) state.Meta.TryAdd("auto_page_title", Text.Normalize(title));
        state.PassedOver++;
        return at;
    }

    // Whether an end tag of this name closes an element open outside the one passed over (as OnEnd finds it).
    private static bool ClosesOutside(State state, string tag)
    {
        for (var open = state.Current; open.Parent is not null; open = open.Parent)
        {
            if (ReferenceEquals(open.Tag, tag)) return true;
        }
        return false;
    }

    // Reads attributes up to the tag's '>' and returns the index just past it (the end of the page when there is none).
    private static int ReadAttributes(ReadOnlySpan<char> html, int at, ref Attributes attributes)
    {
        while (at < html.Length)
        {
            var c = html[at];
            if (c == '>') return at + 1;
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '/')
            {
                at++;
                continue;
            }
            var nameStart = at;
            while (at < html.Length && html[at] is not ('=' or '>' or ' ' or '\t' or '\n' or '\r' or '\f' or '/')) at++;
            var name = html[nameStart..at];
            var (valueStart, valueLength) = (at, 0);
            if (at < html.Length && html[at] == '=')
            {
                at++;
                if (at < html.Length && html[at] is '"' or '\'')
                {
                    var end = IndexOf(html, html.Slice(at, 1), at + 1);
                    if (end < 0) end = html.Length;
                    (valueStart, valueLength) = (at + 1, end - at - 1);
                    at = Math.Min(end + 1, html.Length);
                }
                else
                {
                    valueStart = at;
                    while (at < html.Length && html[at] is not ('>' or ' ' or '\t' or '\n' or '\r' or '\f')) at++;
                    valueLength = at - valueStart;
                }
            }
            Keep(ref attributes, name, html, valueStart, valueLength);
        }
        return html.Length;
    }

    private static void Keep(ref Attributes attributes, ReadOnlySpan<char> name, ReadOnlySpan<char> html, int start, int length)
    {
        if (attributes.MarksOnly)
        {
            Mark(ref attributes, name);
            return;
        }
        if (name.Length > 14 && name.StartsWith("data-pagefind-", StringComparison.OrdinalIgnoreCase))
        {
            var key = name[14..];
            if (key.Equals("body", StringComparison.OrdinalIgnoreCase)) attributes.Body = true;
            else if (key.Equals("ignore", StringComparison.OrdinalIgnoreCase)) attributes.Ignore ??= Value(html, start, length);
            else if (key.Equals("filter", StringComparison.OrdinalIgnoreCase)) attributes.Filter ??= Value(html, start, length);
            else if (key.Equals("meta", StringComparison.OrdinalIgnoreCase)) attributes.Meta ??= Value(html, start, length);
            else if (key.Equals("default-meta", StringComparison.OrdinalIgnoreCase)) attributes.DefaultMeta ??= Value(html, start, length);
            else if (key.Equals("weight", StringComparison.OrdinalIgnoreCase)) attributes.Weight ??= Value(html, start, length);
        }
        else if (name.Equals("id", StringComparison.OrdinalIgnoreCase)) attributes.Id ??= Value(html, start, length);
        else if (name.Equals("lang", StringComparison.OrdinalIgnoreCase)) attributes.Lang ??= Value(html, start, length);
        else if (name.Equals("src", StringComparison.OrdinalIgnoreCase)) attributes.Src ??= Value(html, start, length);
        else if (name.Equals("alt", StringComparison.OrdinalIgnoreCase)) attributes.Alt ??= Value(html, start, length);
    }

    // Keep for Skim: only whether there is a body, filter or metadata, or an ignore, by the same names, without values.
    private static void Mark(ref Attributes attributes, ReadOnlySpan<char> name)
    {
        if (name.Length <= 14 || !name.StartsWith("data-pagefind-", StringComparison.OrdinalIgnoreCase)) return;
        var key = name[14..];
        if (key.Equals("ignore", StringComparison.OrdinalIgnoreCase)) attributes.Ignore = "";
        else if (key.Equals("body", StringComparison.OrdinalIgnoreCase) || key.Equals("filter", StringComparison.OrdinalIgnoreCase)
            || key.Equals("meta", StringComparison.OrdinalIgnoreCase) || key.Equals("default-meta", StringComparison.OrdinalIgnoreCase))
            attributes.Counts = true;
    }

    private static string Value(ReadOnlySpan<char> html, int start, int length)
    {
        var value = html.Slice(start, length);
        return value.Contains('&') ? WebUtility.HtmlDecode(value.ToString()) : value.ToString();
    }

    // Where the raw text of a script, style, textarea or title ends: its end tag, any case, or the end of the page.
    private static int EndTag(ReadOnlySpan<char> html, int from, string name)
    {
        for (var at = IndexOf(html, "</", from); at >= 0; at = IndexOf(html, "</", at + 2))
        {
            if (html[(at + 2)..].StartsWith(name, StringComparison.OrdinalIgnoreCase)) return at;
        }
        return html.Length;
    }

    // string.IndexOf(value, from) on a span: where value is from that index on, or -1.
    private static int IndexOf(ReadOnlySpan<char> html, ReadOnlySpan<char> value, int from)
    {
        var at = html[from..].IndexOf(value);
        return at < 0 ? -1 : from + at;
    }

    private static void OnText(State state, ReadOnlySpan<char> text)
    {
        if (state.InHtml == 0) return;
        var node = state.Current;
        state.Text.Append(text);
        if (node.AnchorIds is null || node.Status is Status.Ignored or Status.Excluded) return;
        foreach (var id in node.AnchorIds)
        {
            if (!state.AnchorText.TryGetValue(id, out var anchor)) state.AnchorText[id] = anchor = new StringBuilder();
            anchor.Append(text);
        }
    }

    // An element's status by its own attributes.
    private static Status OwnStatus(in Attributes attributes) =>
        attributes.Body ? Status.Body
        : attributes.Ignore is { } ignore ? (ignore.ToLowerInvariant() is "" or "index" or "true" ? Status.Ignored : Status.Excluded)
        : Status.Indexing;

    // Whether an element gets an anchor: one with an id, not ignored, and not beside a body that has ended in its parent.
    private static bool HasAnchor(Node parent, Status status, in Attributes attributes) =>
        status is not (Status.Excluded or Status.Ignored) && attributes.Id is not null
        && !(parent.Status == Status.ParentOfBody && status is not (Status.Body or Status.ParentOfBody));

    private static void OnStart(State state, string tag, Kind kind, Attributes attributes)
    {
        if (tag == "html")
        {
            state.InHtml++;
            if (attributes.Lang is { Length: > 0 } lang) state.Language = lang.ToLowerInvariant();
        }
        if (state.InHtml == 0) return;
        var parent = state.Current;
        var status = OwnStatus(attributes);

        string? anchorId = null;
        if (HasAnchor(parent, status, attributes) && attributes.Id is { } id)
        {
            var elementId = string.Concat(id.Where(c => !char.IsWhiteSpace(c)));
            anchorId = $"{state.Anchors}:{elementId}";
            state.Text.Append(' ').Append(SearchWords.AnchorMarker).Append(tag).Append(':').Append(anchorId).Append(' ');
            state.Anchors++;
        }
        if (status != Status.Excluded && tag == "br") state.Text.Append(' ');

        var anchors = parent.AnchorIds is not null && (kind & Kind.Inline) != 0 ? new List<string>(parent.AnchorIds) : null;
        if (anchorId is not null) (anchors ??= []).Add(anchorId);

        var node = parent.Open(tag, kind, parent.Status == Status.Excluded ? Status.Excluded : status, state.Text.Length, attributes, anchors);
        if ((kind & Kind.Removed) != 0) node.Status = Status.Ignored;
        if ((kind & Kind.Void) != 0)
        {
            if (node.Status == Status.Excluded) return;
            Collect(state, node, "");
            if (tag == "img" && !state.Meta.ContainsKey("auto_image") && (state.Meta.ContainsKey("auto_title") || state.Meta.ContainsKey("title"))
                && attributes.Src is { } src)
            {
                state.Meta["auto_image"] = src;
                if (attributes.Alt is { } alt) state.Meta["auto_image_alt"] = alt;
            }
            return;
        }
        // What Pagefind puts around an element's text when it ends is known when it starts: a weight, then a space.
        var weight = attributes.Weight is { } explicitWeight ? (SearchWords.WeightMarker, explicitWeight)
            : tag is ['h', >= '1' and <= '6'] ? (SearchWords.AutoWeightMarker, (8 - (tag[1] - '0')).ToString(System.Globalization.CultureInfo.InvariantCulture))
            : default;
        if (weight.Item1 is not null)
        {
            state.Text.Append(' ').Append(weight.Item1).Append(weight.Item2).Append(' ');
            node.Weighted = true;
        }
        if ((kind & Kind.Sentence) != 0) state.Text.Append(' ');
        node.ContentStart = state.Text.Length;
        state.Current = node;
    }

    private static void OnEnd(State state, string tag)
    {
        if (state.InHtml == 0) return;
        var open = state.Current;
        while (open.Parent is not null && !ReferenceEquals(open.Tag, tag)) open = open.Parent;
        if (open.Parent is null) return;
        while (true)
        {
            var node = state.Current;
            Close(state, node);
            if (node == open) break;
        }
        if (tag == "html") state.InHtml--;
    }

    private static void Close(State state, Node node)
    {
        var parent = node.Parent!;
        var text = state.Text;
        state.Current = parent;
        if (node.Status == Status.Excluded)
        {
            text.Truncate(node.Start);
            return;
        }
        var own = node.Filter is not null || node.Meta is not null || node.DefaultMeta is not null || node.Tag is "h1" or "title" ? state.NodeText(node) : "";
        Collect(state, node, own);
        if (node.Tag == "h1" && !state.Meta.ContainsKey("auto_title") && own.Trim().Length > 0) state.Meta["auto_title"] = Text.Normalize(own);
        if (node.Tag == "title") state.Meta.TryAdd("auto_page_title", Text.Normalize(own));
        if (node.Status == Status.Ignored)
        {
            text.Truncate(node.Start);
            return;
        }
        if ((node.Kind & Kind.Sentence) != 0)
        {
            if (EndsSentence(text[text.Length - 1])) text.Append('.');
            text.Append(' ');
        }
        if (node.Weighted) text.Append(' ').Append(SearchWords.EndWeightMarker).Append(' ');
        if (parent.Status == Status.ParentOfBody && node.Status is not (Status.Body or Status.ParentOfBody))
        {
            text.Truncate(node.Start);
            return;
        }
        if (node.Status is Status.Body or Status.ParentOfBody) state.TakeBody(parent, node);
    }

    // Pagefind's SENTENCE_CHARS: a word character, quote, closing bracket, dollar or asterisk.
    private static bool EndsSentence(char c) => char.IsLetterOrDigit(c) || c is '_' or '\'' or '"' or ')' or '$' or '*';

    private static void Collect(State state, Node node, string own)
    {
        foreach (var spec in node.Filter ?? [])
        {
            if (Pair(own, spec) is not var (key, value)) continue;
            if (!state.Filters.TryGetValue(key, out var values)) state.Filters[key] = values = [];
            values.Add(Text.Normalize(value));
        }
        foreach (var spec in node.Meta ?? [])
        {
            if (Pair(own, spec) is var (key, value)) state.Meta[key] = value;
        }
        foreach (var spec in node.DefaultMeta ?? [])
        {
            if (Pair(own, spec) is var (key, value)) state.DefaultMeta[key] = value;
        }
    }

    // "key:value" gives the value written; "key" alone the element's text, or nothing when it has none.
    private static (string Key, string Value)? Pair(string own, string spec)
    {
        var colon = spec.IndexOf(':');
        if (colon >= 0) return (spec[..colon], Text.Normalize(spec[(colon + 1)..]));
        return own.Length == 0 ? null : (spec, Text.Normalize(own));
    }

    // An attribute's list of keys ("title, kind:Priority"): after the first colon all is the last key's value.
    // Pagefind's "key[attribute]" form, which takes the value from another attribute, is not used by the templates.
    private static string[]? Specs(string? value)
    {
        if (value is null) return null;
        var colon = value.IndexOf(':');
        var keys = (colon >= 0 ? value[..colon] : value).Split(',').Select(k => k.Trim()).ToArray();
        if (colon >= 0) keys[^1] += value[colon..];
        return keys;
    }
}
