using System.Text;

namespace Wsis.Search;

/// <summary>
/// The part of a written page that Pagefind indexes: its <c>data-pagefind-body</c> elements, without the
/// <c>data-pagefind-ignore</c> elements inside them that carry nothing else for Pagefind, in a page of their own.
/// </summary>
/// <remarks>
/// Pagefind parses every byte of a page it is given, though it indexes only these elements: at 4,000 items it spent
/// 40 % of its time on the headers, footers, "also under" lists and the action lines' item lists it then ignores
/// (docs/speed.md). The copy gives it the same text, filters, metadata and anchors. Text is copied character for character;
/// only elements are cut, and an element is cut only where its end tag is found. A page that cannot be cut so is
/// given whole, which Pagefind indexes the same way, only slower.
/// </remarks>
public static class OwnText
{
    private const string BodyAttribute = PagefindIndexer.BodyAttribute;
    private const string IgnoreAttribute = "data-pagefind-ignore";
    private const string Prefix = "data-pagefind-";

    /// <summary>The page Pagefind is given for this one, or null when the page has no element it would index.</summary>
    public static string? Of(string page)
    {
        if (!page.Contains(BodyAttribute, StringComparison.OrdinalIgnoreCase)) return null;
        var tags = Tags(page);
        if (tags is null) return page;
        var html = tags.FindIndex(t => !t.End && Ascii.EqualsIgnoreCase(t.Name(page), "html"));
        var copy = new StringBuilder(page.Length / 4);
        copy.Append("<!DOCTYPE html>\n");
        if (html >= 0) copy.Append(page.AsSpan(tags[html].Start, tags[html].Stop - tags[html].Start));
        else copy.Append("<html>");
        copy.Append("\n<head></head>\n<body>\n");

        var found = false;
        for (var i = 0; i < tags.Count; i++)
        {
            if (tags[i] is not { End: false, Body: true }) continue;
            var close = Closing(page, tags, i);
            if (close < 0) return page;
            if (!CopyWithoutIgnored(page, tags, i, close, copy)) return page;
            copy.Append("\n");
            found = true;
            i = close;
        }
        if (!found) return null;
        copy.Append("</body>\n</html>\n");
        return copy.ToString();
    }

    // Copies the element from its start tag to its end tag, leaving out each ignored element with no other Pagefind attribute inside.
    private static bool CopyWithoutIgnored(string page, List<Tag> tags, int open, int close, StringBuilder copy)
    {
        var from = tags[open].Start;
        for (var i = open + 1; i < close; i++)
        {
            if (tags[i] is not { End: false, Ignore: true }) continue;
            var end = Closing(page, tags, i);
            if (end < 0 || end > close) return false;
            if (Enumerable.Range(i, end - i).Any(t => tags[t].Other)) continue;
            copy.Append(page.AsSpan(from, tags[i].Start - from));
            from = tags[end].Stop;
            i = end;
        }
        copy.Append(page.AsSpan(from, tags[close].Stop - from));
        return true;
    }

    // The end tag that closes the start tag at open, counting only tags of its name; -1 when there is none. A "/>" closes
    // nothing in HTML (a void element has no end tag, and one marked for Pagefind leaves the page whole).
    private static int Closing(string page, List<Tag> tags, int open)
    {
        var name = tags[open].Name(page);
        var depth = 0;
        for (var i = open; i < tags.Count; i++)
        {
            if (!Ascii.EqualsIgnoreCase(tags[i].Name(page), name)) continue;
            depth += tags[i].End ? -1 : 1;
            if (depth == 0) return i;
        }
        return -1;
    }

    private readonly record struct Tag(int NameStart, int NameLength, int Start, int Stop, bool End, bool Body, bool Ignore, bool Other)
    {
        public ReadOnlySpan<char> Name(string page) => page.AsSpan(NameStart, NameLength);
    }

    // Every start and end tag, with comments, doctypes and the contents of raw-text elements skipped; null where the
    // page does not read as tags (a quote or comment left open), so that it is given whole.
    private static List<Tag>? Tags(string page)
    {
        var tags = new List<Tag>();
        var span = page.AsSpan();
        var at = 0;
        while (true)
        {
            var lt = span[at..].IndexOf('<');
            if (lt < 0) return tags;
            var start = at + lt;
            var rest = span[start..];
            if (rest.StartsWith("<!--"))
            {
                var end = rest.IndexOf("-->");
                if (end < 0) return null;
                at = start + end + 3;
                continue;
            }
            if (rest.Length > 1 && (rest[1] == '!' || rest[1] == '?'))
            {
                var end = rest.IndexOf('>');
                if (end < 0) return null;
                at = start + end + 1;
                continue;
            }
            var isEnd = rest.Length > 1 && rest[1] == '/';
            var nameStart = start + (isEnd ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < span.Length && IsNameChar(span[nameEnd])) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(span[nameStart]))
            {
                at = start + 1;
                continue;
            }
            var (stop, body, ignore, other) = Attributes(span, nameEnd);
            if (stop < 0) return null;
            tags.Add(new Tag(nameStart, nameEnd - nameStart, start, stop, isEnd, body && !isEnd, ignore && !isEnd, other && !isEnd));
            at = stop;
            if (!isEnd && IsRawText(span[nameStart..nameEnd]))
            {
                var end = EndTag(span[at..], span[nameStart..nameEnd]);
                if (end < 0) return null;
                at += end;
            }
        }
    }

    // Reads a tag's attributes up to its '>'; stop is just past it, -1 when a quote or the tag is left open.
    private static (int Stop, bool Body, bool Ignore, bool Other) Attributes(ReadOnlySpan<char> span, int at)
    {
        var (body, ignore, other) = (false, false, false);
        while (at < span.Length)
        {
            var b = span[at];
            if (b == '>') return (at + 1, body, ignore, other);
            if (b is ' ' or '\t' or '\n' or '\r' or '\f' or '/')
            {
                at++;
                continue;
            }
            var nameStart = at;
            while (at < span.Length && span[at] is not ('=' or '>' or ' ' or '\t' or '\n' or '\r' or '\f' or '/')) at++;
            var name = span[nameStart..at];
            if (Ascii.EqualsIgnoreCase(name, BodyAttribute)) body = true;
            else if (Ascii.EqualsIgnoreCase(name, IgnoreAttribute)) ignore = true;
            else if (name.Length > Prefix.Length && Ascii.EqualsIgnoreCase(name[..Prefix.Length], Prefix)) other = true;
            if (at < span.Length && span[at] == '=')
            {
                at++;
                if (at < span.Length && span[at] is '"' or '\'')
                {
                    var quote = span[at];
                    var end = span[(at + 1)..].IndexOf(quote);
                    if (end < 0) return (-1, false, false, false);
                    at += end + 2;
                }
                else
                {
                    while (at < span.Length && span[at] is not ('>' or ' ' or '\t' or '\n' or '\r' or '\f')) at++;
                }
            }
        }
        return (-1, false, false, false);
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';

    private static bool IsRawText(ReadOnlySpan<char> name) =>
        Ascii.EqualsIgnoreCase(name, "script") || Ascii.EqualsIgnoreCase(name, "style")
        || Ascii.EqualsIgnoreCase(name, "textarea") || Ascii.EqualsIgnoreCase(name, "title");

    // Where "</name" starts in span, any case; -1 when nowhere.
    private static int EndTag(ReadOnlySpan<char> span, ReadOnlySpan<char> name)
    {
        for (var at = span.IndexOf("</"); at >= 0; at = Next(span, at))
        {
            if (at + 2 + name.Length <= span.Length && Ascii.EqualsIgnoreCase(span.Slice(at + 2, name.Length), name)) return at;
        }
        return -1;

        static int Next(ReadOnlySpan<char> span, int at)
        {
            var next = span[(at + 1)..].IndexOf("</");
            return next < 0 ? -1 : at + 1 + next;
        }
    }
}
