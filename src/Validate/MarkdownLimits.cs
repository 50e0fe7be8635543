using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
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
public sealed class MarkdownLimits : IMarkdownExtension
{
    /// <summary>Emphasis marks and open brackets one paragraph may hold.</summary>
    public const int MaxDepth = 256;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<DepthGuard>()) pipeline.InlineParsers.Insert(0, new DepthGuard());
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

/// <summary>
/// A paragraph with more than <see cref="MarkdownLimits.MaxDepth"/> emphasis marks or open brackets. An ArgumentException,
/// as Markdig's own depth limit throws, so every caller that handles one handles both; Position is the offset in the text.
/// </summary>
public sealed class MarkdownTooDenseException(int position)
    : ArgumentException($"More than {MarkdownLimits.MaxDepth} emphasis marks or open brackets in one paragraph.")
{
    public int Position { get; } = position;
}
