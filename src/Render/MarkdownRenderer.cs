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
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly Memo<(bool Inline, string Markdown), Rendered>? _memo;

    /// <summary>What one Markdown text renders to, kept by serve across rebuilds: the HTML and the problems to report.</summary>
    public sealed record Rendered(TrustedHtml Html, IReadOnlyList<string> Removed, bool TooDeep);

    public MarkdownRenderer(Memo<(bool Inline, string Markdown), Rendered>? memo = null)
    {
        _memo = memo;
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
            diagnostics.Error(DiagnosticCodes.NestingTooDeep, at, "The Markdown is nested too deeply to be rendered.", "Flatten it: no text needs more than a few levels.");
        if (rendered.Removed.Count > 0)
            diagnostics.Error(DiagnosticCodes.UnsafeMarkup, at, $"Unsafe markup had to be removed: {string.Join(", ", rendered.Removed)}.",
                "Use plain Markdown links to http, https or mailto addresses; scripts, styles and embedded HTML are not allowed.");
        return rendered.Html;
    }

    private Rendered Convert(string markdown, bool inline)
    {
        var rendered = ToHtml(markdown);
        if (rendered is not var (html, removed)) return new Rendered(TrustedHtml.Empty, [], TooDeep: true);
        if (inline)
        {
            html = html.Trim();
            if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
                html = html[3..^4];
        }
        return new Rendered(new TrustedHtml(html), removed, TooDeep: false);
    }

    /// <summary>Plain text of inline Markdown, for titles, descriptions and search; text too deeply nested for Markdig stays as written.</summary>
    public static string PlainText(string markdown)
    {
        try
        {
            return Markdown.ToPlainText(markdown).Trim();
        }
        catch (ArgumentException)
        {
            return markdown.Trim();
        }
    }

    /// <summary>The HTML and what the guard removed; null when Markdig refuses input nested more than 128 levels deep.</summary>
    private (string Html, IReadOnlyList<string> Removed)? ToHtml(string markdown)
    {
        try
        {
            var document = Markdown.Parse(markdown, _pipeline);
            AlignmentAsClasses(document);
            var removed = MarkdownGuard.Neutralise(document);
            using var writer = new StringWriter();
            var renderer = new HtmlRenderer(writer);
            _pipeline.Setup(renderer);
            renderer.Render(document);
            return (writer.ToString(), removed);
        }
        catch (ArgumentException)
        {
            return null;
        }
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
