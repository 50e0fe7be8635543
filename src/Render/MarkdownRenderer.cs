using AngleSharp;
using AngleSharp.Html.Parser;
using Ganss.Xss;
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
/// Turns content Markdown into safe HTML: one Markdig pipeline with only the extensions the content needs
/// and raw HTML off, then an allow-list sanitizer, since Markdig alone still emits javascript: URLs.
/// Validation (MarkupCheck) reports unsafe input first; anything the sanitizer still has to remove is an error too.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly ThreadLocal<HtmlSanitizer> _sanitizer;
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
        _sanitizer = new ThreadLocal<HtmlSanitizer>(CreateSanitizer);
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
        var html = ToHtml(markdown);
        if (html is null) return new Rendered(TrustedHtml.Empty, [], TooDeep: true);
        if (inline)
        {
            html = html.Trim();
            if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
                html = html[3..^4];
        }
        var (clean, removed) = Sanitize(html);
        return new Rendered(new TrustedHtml(clean), removed, TooDeep: false);
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

    /// <summary>Null when Markdig refuses input nested more than 128 levels deep.</summary>
    private string? ToHtml(string markdown)
    {
        try
        {
            var document = Markdown.Parse(markdown, _pipeline);
            AlignmentAsClasses(document);
            using var writer = new StringWriter();
            var renderer = new HtmlRenderer(writer);
            _pipeline.Setup(renderer);
            renderer.Render(document);
            return writer.ToString();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // Markdig writes column alignment as a style attribute, which the sanitizer and the site's CSP both refuse.
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

    private (string Clean, IReadOnlyList<string> Removed) Sanitize(string html)
    {
        var sanitizer = _sanitizer.Value!;
        var removed = new List<string>();
        void OnTag(object? _, RemovingTagEventArgs e) => removed.Add($"<{e.Tag.LocalName}>");
        void OnAttribute(object? _, RemovingAttributeEventArgs e) => removed.Add($"{e.Attribute.Name}=\"{Shorten(e.Attribute.Value)}\"");
        sanitizer.RemovingTag += OnTag;
        sanitizer.RemovingAttribute += OnAttribute;
        try
        {
            return (sanitizer.Sanitize(html), removed.Distinct().ToList());
        }
        finally
        {
            sanitizer.RemovingTag -= OnTag;
            sanitizer.RemovingAttribute -= OnAttribute;
        }
    }

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;

    private static HtmlSanitizer CreateSanitizer()
    {
        // No style is allowed, so the parser needs no CSS engine; without one the sanitizer drops every style, and parses faster.
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = true }, BrowsingContext.New(Configuration.Default));
        var sanitizer = new HtmlSanitizer { HtmlParserFactory = () => parser };
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in MarkupCheck.SafeSchemes) sanitizer.AllowedSchemes.Add(scheme);
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAtRules.Clear();
        sanitizer.AllowDataAttributes = false;
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link
                && link.GetAttribute("href") is { } href
                && (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("//", StringComparison.Ordinal)))
                link.SetAttribute("rel", "noopener");
        };
        return sanitizer;
    }
}
