using System.Runtime.CompilerServices;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Wsis.Caching;
using Wsis.Diagnostics;
using Wsis.Validate;

namespace Wsis.Render;

/// <summary>
/// Turns content Markdown into safe HTML: one Markdig pipeline with only the extensions the content needs and
/// raw HTML off, and MarkdownGuard on the syntax tree, since Markdig alone still emits javascript: URLs.
/// Validation (MarkupCheck) reports unsafe input first; anything the guard still has to remove is an error too.
/// </summary>
/// <remarks>
/// Each text is parsed once: the check parses it, and when it finds nothing to report it leaves that parse
/// (<see cref="CheckedMarkdown"/>), which is rendered here on first use and kept as HTML, keyed by the very string the
/// check read, which is the string the model hands to the views. A text the check did not see (a test that renders
/// unchecked content) is parsed here with raw HTML off. The table holds its strings weakly: the HTML goes when the build's texts go.
/// </remarks>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly Memo<(bool Inline, string Markdown), Rendered>? _memo;
    private static readonly ConditionalWeakTable<string, Rendered> Checked = new();
    private static readonly MarkdownPipeline PlainPipeline = new MarkdownPipelineBuilder().UseLimits().Build();

    /// <summary>What one Markdown text renders to, kept by serve across rebuilds: the HTML and the problems to report.</summary>
    public sealed record Rendered(TrustedHtml Html, IReadOnlyList<string> Removed, bool TooDeep);

    private readonly Memo<string, string>? _plain;

    /// <param name="plain">Plain texts of earlier builds (serve), by their Markdown.</param>
    public MarkdownRenderer(Memo<(bool Inline, string Markdown), Rendered>? memo = null, Memo<string, string>? plain = null)
    {
        _memo = memo;
        _plain = plain;
        _pipeline = new MarkdownPipelineBuilder()
            .UseContentExtensions()
            .DisableHtml()
            .Build();
    }

    public TrustedHtml Block(string markdown, SourceLocation at, DiagnosticBag diagnostics) => Render(markdown, inline: false, at, diagnostics);

    /// <summary>For one-paragraph fields (a priority's text, a list entry): the paragraph without its &lt;p&gt;.</summary>
    public TrustedHtml Inline(string markdown, SourceLocation at, DiagnosticBag diagnostics) => Render(markdown, inline: true, at, diagnostics);

    private TrustedHtml Render(string markdown, bool inline, SourceLocation at, DiagnosticBag diagnostics)
    {
        var rendered = _memo is null ? Convert(markdown, inline) : _memo.GetOrAdd((inline, markdown), key => Convert(key.Markdown, key.Inline));
        if (rendered.TooDeep)
            diagnostics.Error(DiagnosticCodes.NestingTooDeep, at, "The Markdown is nested too deeply or too dense to be rendered.", "Flatten it: no text needs more than a few levels.");
        if (rendered.Removed.Count > 0)
            diagnostics.Error(DiagnosticCodes.UnsafeMarkup, at, $"Unsafe markup had to be removed: {string.Join(", ", rendered.Removed)}.",
                "Use plain Markdown links to http, https or mailto addresses; scripts, styles and embedded HTML are not allowed.");
        return rendered.Html;
    }

    private Rendered Convert(string markdown, bool inline)
    {
        var block = Checked.TryGetValue(markdown, out var checkedBlock) ? checkedBlock : FromCheck(markdown) ?? Block(markdown);
        if (!inline || block.TooDeep) return block;
        var html = block.Html.Value.Trim();
        if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
            html = html[3..^4];
        return block with { Html = new TrustedHtml(html) };
    }

    /// <summary><see cref="PlainText(string)"/>, kept across serve's builds: every item's is needed for its title and summary.</summary>
    public string Plain(string markdown) => _plain is null ? PlainText(markdown) : _plain.GetOrAdd(markdown, PlainText);

    /// <summary>Plain text of inline Markdown, for titles, descriptions and search; text too deeply nested for Markdig stays as written.</summary>
    public static string PlainText(string markdown)
    {
        if (MarkdownLimits.Precheck(markdown) is not null) return markdown.Trim();
        try
        {
            return Markdown.ToPlainText(markdown, PlainPipeline).Trim();
        }
        catch (ArgumentException)
        {
            return markdown.Trim();
        }
    }

    /// <summary>The block HTML and what the guard removed; TooDeep when Markdig refuses the input (nested or dense past its limits).</summary>
    private Rendered Block(string markdown)
    {
        if (MarkdownLimits.Precheck(markdown) is not null) return new Rendered(TrustedHtml.Empty, [], TooDeep: true);
        try
        {
            return ToHtml(Markdown.Parse(markdown, _pipeline), _pipeline);
        }
        catch (ArgumentException)
        {
            return new Rendered(TrustedHtml.Empty, [], TooDeep: true);
        }
    }

    /// <summary>
    /// Renders the parse the check left of a text it found clean (no raw HTML, no unsafe link), once, and keeps the HTML.
    /// The check's pipeline has the same extensions as the render's; raw HTML and precise positions, which it adds,
    /// change nothing in a document that has no HTML. The guard still runs on it.
    /// </summary>
    private static Rendered? FromCheck(string markdown)
    {
        if (CheckedMarkdown.Take(markdown) is not var (document, pipeline)) return null;
        try
        {
            var rendered = ToHtml(document, pipeline);
            Checked.AddOrUpdate(markdown, rendered);
            return rendered;
        }
        catch (ArgumentException)
        {
            // Too deep to render (Markdig's renderer has its own limit): parsed again below, and reported.
            return null;
        }
    }

    /// <summary>Whether the check left this very string for the render (for the tests).</summary>
    internal static bool WasChecked(string markdown) => CheckedMarkdown.WasChecked(markdown);

    private static Rendered ToHtml(Markdig.Syntax.MarkdownDocument document, MarkdownPipeline pipeline)
    {
        AlignmentAsClasses(document);
        var removed = MarkdownGuard.Neutralise(document);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        return new Rendered(new TrustedHtml(writer.ToString()), removed, TooDeep: false);
    }

    // Markdig writes column alignment as a style attribute, which the site's CSP refuses (and the sanitizer of the tests).
    private static void AlignmentAsClasses(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            foreach (var row in table.OfType<TableRow>())
            {
                var index = 0;
                foreach (var cell in row.OfType<TableCell>())
                {
                    // Pipe tables leave ColumnIndex unset (-1): the column is the cell's place in its row.
                    var at = cell.ColumnIndex >= 0 ? cell.ColumnIndex : index;
                    index = at + Math.Max(1, cell.ColumnSpan);
                    if (at < table.ColumnDefinitions.Count && table.ColumnDefinitions[at].Alignment is { } alignment)
                        cell.GetAttributes().AddClass($"align-{alignment.ToString().ToLowerInvariant()}");
                }
            }
            foreach (var column in table.ColumnDefinitions) column.Alignment = null;
        }
    }
}
