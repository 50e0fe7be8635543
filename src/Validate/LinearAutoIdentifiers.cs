using System.Globalization;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Wsis.Validate;

/// <summary>
/// Heading ids as Markdig's AutoIdentifierExtension makes them with <c>AutoIdentifierOptions.GitHub</c> ("a", then
/// "a-1", "a-2" … for repeats), in linear time. Markdig tries every suffix from 1 up for each repeat, so 40,000 headings
/// "# a" took 40,000²/2 attempts (120 s); here each base id remembers its next free suffix. Ids only ever get added, so
/// every suffix below the remembered one is taken and the result is the same id Markdig would give.
/// </summary>
public sealed class LinearAutoIdentifiers : IMarkdownExtension
{
    private static readonly object IdsKey = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // As Markdig's extension: ATX headings, and setext headings, which close as paragraphs first.
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } headings)
        {
            headings.Closed -= OnClosed;
            headings.Closed += OnClosed;
        }
        if (pipeline.BlockParsers.FindExact<ParagraphBlockParser>() is { } paragraphs)
        {
            paragraphs.Closed -= OnClosed;
            paragraphs.Closed += OnClosed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading) heading.ProcessInlinesEnd += AssignId;
    }

    private sealed class Ids
    {
        public readonly HashSet<string> Taken = new(StringComparer.Ordinal);
        public readonly Dictionary<string, uint> NextSuffix = new(StringComparer.Ordinal);
    }

    private static void AssignId(InlineProcessor processor, Markdig.Syntax.Inlines.Inline? inline)
    {
        var document = processor.Document;
        if (document.GetData(IdsKey) is not Ids ids)
        {
            ids = new Ids();
            document.SetData(IdsKey, ids);
        }
        var heading = (HeadingBlock)processor.Block!;
        if (heading.Inline is null) return;
        var attributes = heading.GetAttributes();
        if (attributes.Id is not null) return;

        // The heading's text without markup, links stripped, as Markdig's extension renders it.
        using var writer = new StringWriter();
        var strip = new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false };
        strip.Render(heading.Inline);
        var text = LinkHelper.UrilizeAsGfm(writer.ToString());
        var baseId = string.IsNullOrEmpty(text) ? "section" : text;

        var id = baseId;
        if (!ids.Taken.Add(id))
        {
            var suffix = ids.NextSuffix.GetValueOrDefault(baseId, 1u);
            while (!ids.Taken.Add(id = baseId + "-" + suffix.ToString(CultureInfo.InvariantCulture))) suffix++;
            ids.NextSuffix[baseId] = suffix + 1;
        }
        attributes.Id = id;
    }
}
