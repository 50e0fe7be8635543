using AngleSharp;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Wsis.Caching;
using Wsis.Diagnostics;

namespace Wsis.Render;

/// <summary>
/// Turns content Markdown into safe HTML: one Markdig pipeline with only the extensions the content needs
/// and raw HTML off, then an allow-list sanitizer, since Markdig alone still emits javascript: URLs.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];
    private readonly MarkdownPipeline _pipeline;
    private readonly ThreadLocal<HtmlSanitizer> _sanitizer;
    private readonly Memo<(bool Inline, string Markdown), (TrustedHtml Html, IReadOnlyList<string> Removed)>? _memo;

    public MarkdownRenderer(Memo<(bool Inline, string Markdown), (TrustedHtml Html, IReadOnlyList<string> Removed)>? memo = null)
    {
        _pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseFootnotes()
            .UseAutoLinks()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .DisableHtml()
            .Build();
        _sanitizer = new ThreadLocal<HtmlSanitizer>(CreateSanitizer);
        _memo = memo;
    }

    public TrustedHtml Block(string markdown, SourceLocation at, DiagnosticBag diagnostics) => Render(markdown, inline: false, at, diagnostics);

    /// <summary>For one-paragraph fields (a priority's text, a list entry): the paragraph without its &lt;p&gt;.</summary>
    public TrustedHtml Inline(string markdown, SourceLocation at, DiagnosticBag diagnostics) => Render(markdown, inline: true, at, diagnostics);

    /// <summary>Plain text of inline Markdown, for titles, descriptions and search.</summary>
    public static string PlainText(string markdown) => Markdown.ToPlainText(markdown).Trim();

    private TrustedHtml Render(string markdown, bool inline, SourceLocation at, DiagnosticBag diagnostics)
    {
        var (html, removed) = _memo is null ? Convert(markdown, inline) : _memo.GetOrAdd((inline, markdown), key => Convert(key.Markdown, key.Inline));
        if (removed.Count > 0)
            diagnostics.Warning(DiagnosticCodes.UnsafeMarkup, at, $"Unsafe markup was removed: {string.Join(", ", removed)}.",
                "Use plain Markdown links to http, https or mailto addresses; scripts, styles and embedded HTML are not allowed.");
        return html;
    }

    private (TrustedHtml Html, IReadOnlyList<string> Removed) Convert(string markdown, bool inline)
    {
        var html = Markdown.ToHtml(markdown, _pipeline);
        if (inline)
        {
            html = html.Trim();
            if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
                html = html[3..^4];
        }
        var sanitizer = _sanitizer.Value!;
        var removed = new List<string>();
        void OnTag(object? _, RemovingTagEventArgs e) => removed.Add($"<{e.Tag.LocalName}>");
        void OnAttribute(object? _, RemovingAttributeEventArgs e) => removed.Add($"{e.Attribute.Name}=\"{Shorten(e.Attribute.Value)}\"");
        sanitizer.RemovingTag += OnTag;
        sanitizer.RemovingAttribute += OnAttribute;
        try
        {
            return (new TrustedHtml(sanitizer.Sanitize(html)), removed.Distinct().ToList());
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
        foreach (var scheme in AllowedSchemes) sanitizer.AllowedSchemes.Add(scheme);
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAtRules.Clear();
        sanitizer.AllowDataAttributes = false;
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link
                && link.GetAttribute("href") is { } href
                && (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
                link.SetAttribute("rel", "noopener");
        };
        return sanitizer;
    }
}
