using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Wsis.Validate;

/// <summary>
/// Bounds how deep Markdig's inline tree grows while it reads a paragraph. Markdig keeps every emphasis mark (*, _, ~,
/// ^, +, =) and every '[' of a paragraph open as a nested container until the paragraph ends, and walks down that chain
/// for each piece of text it adds: a paragraph of n marks costs n² (50,000 '[a](' took 23 s, 20,000 '*a* ' over a
/// minute) until Markdig's own limit of 10,240 levels. This guard runs first at each of those characters, walks up at
/// most <see cref="MaxDepth"/> levels, and stops the parse beyond them, so a paragraph costs at most MaxDepth per
/// character. Real paragraphs have a few dozen marks.
/// </summary>
/// <remarks>
/// It also bounds Markdig's search for the end of a link's target: after each "](" Markdig scans to the end of the
/// run of text without spaces, so 50,000 "[a](" on one line took 50,000²/2 steps. <see cref="BoundedLinks"/> first
/// looks ahead as CommonMark's reference implementation (cmark) reads a link, which gives up on a target nested more
/// than <see cref="MaxLinkParentheses"/> parentheses deep and on a "(title)" holding an unescaped "(", and lets
/// Markdig see only that far when the link cannot be one. Markdig reads a real link exactly as before.
/// </remarks>
/// <remarks>
/// Three more of Markdig's paths are quadratic in what a text holds in number, not in nesting: link reference
/// definitions ("[x]: url"), headings underlined with = or -, and unclosed raw-HTML comments while the check reads
/// HTML. <see cref="Precheck"/> counts them in one pass before Markdig reads the text, and a run of more than
/// <see cref="MaxBacktickRun"/> backticks (code spans of distinct lengths that never close cost n^1.5).
/// </remarks>
public sealed class MarkdownLimits : IMarkdownExtension
{
    /// <summary>Link reference definitions ("[x]: url" lines) one text may hold.</summary>
    public const int MaxReferences = 1_000;

    /// <summary>Headings underlined with = or - (setext headings) one text may hold; '#' headings have no limit.</summary>
    public const int MaxUnderlinedHeadings = 1_000;

    /// <summary>Unclosed "&lt;!--", "&lt;?" or "&lt;![CDATA[" one text may hold.</summary>
    public const int MaxUnclosedHtml = 100;

    /// <summary>Backticks in a row.</summary>
    public const int MaxBacktickRun = 32;

    /// <summary>The first place where a text passes one of the count limits, and what it holds too many of; null when none.</summary>
    public static (int Position, string Problem)? Precheck(string markdown)
    {
        var references = 0;
        var underlines = 0;
        var previousBlank = true;
        for (var start = 0; start < markdown.Length;)
        {
            var end = markdown.IndexOf('\n', start);
            if (end < 0) end = markdown.Length;
            var line = markdown.AsSpan(start, end - start);
            var text = line.TrimStart(' ');
            var indent = line.Length - text.Length;
            if (indent <= 3 && text.Length > 0)
            {
                if (text[0] == '[' && text.IndexOf("]:", StringComparison.Ordinal) > 0 && ++references > MaxReferences)
                    return (start, $"more than {MaxReferences:N0} link definitions ('[name]: address' lines)");
                var marks = text.TrimEnd(" \t\r");
                if (!previousBlank && marks.Length > 0 && (marks.IndexOfAnyExcept('=') < 0 || marks.IndexOfAnyExcept('-') < 0) && ++underlines > MaxUnderlinedHeadings)
                    return (start, $"more than {MaxUnderlinedHeadings:N0} headings underlined with '=' or '-' (write them as '# Heading')");
            }
            previousBlank = line.Trim(" \t\r").IsEmpty;
            start = end + 1;
        }
        var run = 0;
        for (var i = 0; i < markdown.Length; i++)
        {
            run = markdown[i] == '`' ? run + 1 : 0;
            if (run > MaxBacktickRun) return (i - run + 1, $"more than {MaxBacktickRun} backticks (`) in a row");
        }
        foreach (var (open, close) in new[] { ("<!--", "-->"), ("<?", "?>"), ("<![CDATA[", "]]>") })
        {
            var closed = markdown.LastIndexOf(close, StringComparison.Ordinal);
            var count = 0;
            for (var at = markdown.IndexOf(open, Math.Max(0, closed), StringComparison.Ordinal); at >= 0; at = markdown.IndexOf(open, at + open.Length, StringComparison.Ordinal))
                if (++count > MaxUnclosedHtml) return (at, $"more than {MaxUnclosedHtml} unclosed '{open}'");
        }
        return null;
    }

    /// <summary>Emphasis marks and open brackets one paragraph may hold.</summary>
    public const int MaxDepth = 256;

    /// <summary>Parentheses a link target may nest, as in cmark.</summary>
    public const int MaxLinkParentheses = 32;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<DepthGuard>()) pipeline.InlineParsers.Insert(0, new DepthGuard());
        var links = pipeline.InlineParsers.FindIndex(p => p.GetType() == typeof(LinkInlineParser));
        if (links >= 0) pipeline.InlineParsers[links] = new BoundedLinks();
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private sealed class DepthGuard : InlineParser
    {
        public DepthGuard() => OpeningCharacters = ['*', '_', '~', '^', '+', '=', '[', '!'];

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            var depth = 0;
            for (var inline = processor.Inline; inline is not null; inline = inline.Parent)
                if (++depth > MaxDepth)
                    throw new MarkdownTooDenseException(processor.GetSourcePosition(slice.Start));
            return false;
        }
    }
}

/// <summary>Markdig's link parser, shown no more of the text after "](" than a link could use.</summary>
internal sealed class BoundedLinks : LinkInlineParser
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.CurrentChar != ']' || slice.PeekChar() != '(') return base.Match(processor, ref slice);
        var limit = FailsAt(slice.Text, slice.Start + 2, slice.End);
        if (limit < 0) return base.Match(processor, ref slice);
        var end = slice.End;
        slice.End = limit;
        try
        {
            return base.Match(processor, ref slice);
        }
        finally
        {
            slice.End = end;
        }
    }

    /// <summary>
    /// Where reading "(target "title")" from <paramref name="start"/> (just after the '(') must give up, or -1 when it
    /// need not (it ends at a ')' or a space, or its title stops at the next quote): the position of the parenthesis that
    /// nests the target too deep, or of an unescaped '(' inside a "(title)". Reads as far as Markdig would, no further.
    /// </summary>
    internal static int FailsAt(string text, int start, int end)
    {
        var i = start;
        while (i <= end && text[i] is ' ' or '\t' or '\n' or '\r') i++;
        if (i > end || text[i] == '<') return -1;
        var depth = 0;
        for (; i <= end; i++)
        {
            var c = text[i];
            if (c == '\\') { i++; continue; }
            if (c <= ' ' || char.IsControl(c)) break;
            if (c == '(' && ++depth > MarkdownLimits.MaxLinkParentheses) return i;
            if (c == ')' && --depth < 0) return -1;
        }
        while (i <= end && text[i] is ' ' or '\t' or '\n' or '\r') i++;
        if (i > end || text[i] != '(') return -1;
        for (i++; i <= end; i++)
        {
            var c = text[i];
            if (c == '\\') { i++; continue; }
            if (c == ')') return -1;
            if (c == '(') return i;
        }
        return -1;
    }
}

/// <summary>
/// A paragraph with more than <see cref="MarkdownLimits.MaxDepth"/> emphasis marks or open brackets. An ArgumentException,
/// as Markdig's own depth limit throws, so every caller that handles one handles both; Position is the offset in the text.
/// </summary>
public sealed class MarkdownTooDenseException(int position)
    : ArgumentException($"More than {MarkdownLimits.MaxDepth} emphasis marks or open brackets in one paragraph.")
{
    public int Position { get; } = position;
}
