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
public sealed class MarkdownLimits : IMarkdownExtension
{
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
