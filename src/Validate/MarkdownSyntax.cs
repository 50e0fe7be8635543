using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Wsis.Validate;

/// <summary>The Markdown the content may use: the same extensions for checking and for rendering, never the catch-all set.</summary>
public static class MarkdownSyntax
{
    public static MarkdownPipelineBuilder UseContentExtensions(this MarkdownPipelineBuilder builder) =>
        builder
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseFootnotes()
            .UseAutoLinks()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub);
}
