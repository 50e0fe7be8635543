using System.Runtime.CompilerServices;
using Markdig;
using Markdig.Syntax;

namespace Wsis.Validate;

/// <summary>
/// The parses the check found clean, left for the render, keyed by the very string the check read (the string the
/// model hands to the views), so each text is parsed once. Kept here, in the earlier stage, so that Render uses
/// Validate and never the other way round. The table holds its strings weakly: the entries go when the build's texts go.
/// </summary>
internal static class CheckedMarkdown
{
    private sealed class Parse(MarkdownDocument document, MarkdownPipeline pipeline)
    {
        public MarkdownDocument? Document = document;
        public MarkdownPipeline Pipeline { get; } = pipeline;
    }

    private static readonly ConditionalWeakTable<string, Parse> Parses = new();

    public static void Keep(string markdown, MarkdownDocument document, MarkdownPipeline pipeline) => Parses.AddOrUpdate(markdown, new Parse(document, pipeline));

    /// <summary>Whether the check has read this very string, in this build or an earlier one of serve.</summary>
    public static bool WasChecked(string markdown) => Parses.TryGetValue(markdown, out _);

    /// <summary>
    /// The clean parse and the pipeline that made it, to one caller only: rendering changes the tree (classes, rel
    /// attributes), and the tree is let go once rendered. Null when the check did not leave it or it was taken.
    /// </summary>
    public static (MarkdownDocument Document, MarkdownPipeline Pipeline)? Take(string markdown) =>
        Parses.TryGetValue(markdown, out var parse) && Interlocked.Exchange(ref parse.Document, null) is { } document ? (document, parse.Pipeline) : null;
}
