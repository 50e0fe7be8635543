using Markdig;

namespace Wsis.Validate;

/// <summary>
/// The Markdown the content may use: the same extensions for checking and for rendering, never the catch-all set.
/// Bare URLs and heading ids come from our own linear versions of Markdig's extensions (same output), and
/// <see cref="MarkdownLimits"/> bounds the work of each paragraph: every pipeline that reads content uses these.
/// </summary>
public static class MarkdownSyntax
{
    public static MarkdownPipelineBuilder UseContentExtensions(this MarkdownPipelineBuilder builder) =>
        builder
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseFootnotes()
            .Use<LinearAutoLinks>()
            .Use<LinearAutoIdentifiers>()
            .UseLimits();

    /// <summary>The depth guard alone, for pipelines without the content extensions (plain text).</summary>
    public static MarkdownPipelineBuilder UseLimits(this MarkdownPipelineBuilder builder) => builder.Use<MarkdownLimits>();
}
