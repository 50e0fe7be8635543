using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Wsis.Diagnostics;
using Wsis.Load;

namespace Wsis.Validate;

/// <summary>
/// Content is untrusted input: finds raw HTML and unsafe link targets in every text and Markdown field before
/// anything is rendered, and names the exact line. Rendering escapes and sanitizes as well; this makes them errors.
/// </summary>
public static partial class MarkupCheck
{
    public static readonly IReadOnlyList<string> SafeSchemes = ["http", "https", "mailto"];

    // HTML left on, so that raw HTML is found rather than passed over as text; immutable once built.
    private static readonly MarkdownPipeline Finder = new MarkdownPipelineBuilder().UseContentExtensions().UsePreciseSourceLocation().Build();

    [GeneratedRegex(@"<\s*/?\s*[A-Za-z][A-Za-z0-9-]*(?=[\s/>])|<!--|<!\[CDATA\[|<\?[A-Za-z]")]
    private static partial Regex TagPattern();

    [GeneratedRegex("^([a-z][a-z0-9+.-]*):")]
    private static partial Regex SchemePattern();

    /// <summary>A plain-text field: printed as written, so a tag in it is a mistake or an attack.</summary>
    public static void PlainText(YamlScalar scalar, DiagnosticBag diagnostics)
    {
        if (scalar.Value.IndexOf('<') < 0) return;
        var match = TagPattern().Match(scalar.Value);
        if (!match.Success) return;
        diagnostics.Error(DiagnosticCodes.HtmlNotAllowed, scalar.LocationAt(match.Index), $"HTML is not allowed in this text field: '{Excerpt(scalar.Value, match.Index)}'.",
            "Remove the tag: this field is shown exactly as written. Formatting belongs in Markdown fields (text, outcome, notes, the page body).");
    }

    /// <summary>A Markdown field of a YAML file.</summary>
    public static void Markdown(YamlScalar scalar, DiagnosticBag diagnostics) =>
        Markdown(scalar.Value, scalar.LocationAt, diagnostics);

    /// <summary>
    /// Markdown with a map from a character of it to its place in the file. Parsed once: when nothing is wrong, this
    /// parse is left for the pages to render (CheckedMarkdown), and a text already checked (the same string,
    /// as an alias repeats it) is not read again.
    /// </summary>
    public static void Markdown(string markdown, Func<int, SourceLocation> locate, DiagnosticBag diagnostics)
    {
        if (CheckedMarkdown.WasChecked(markdown)) return;
        if (MarkdownLimits.Precheck(markdown) is var (position, problem))
        {
            diagnostics.Error(DiagnosticCodes.MarkdownLimit, locate(position), $"The Markdown holds {problem}: text like this takes too long to read.",
                "Split the text or write it more simply; no text of this publication needs this many.");
            return;
        }
        Markdig.Syntax.MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, Finder);
        }
        catch (MarkdownTooDenseException e)
        {
            diagnostics.Error(DiagnosticCodes.MarkdownLimit, locate(e.Position),
                $"The paragraph is too dense to be read: more than {MarkdownLimits.MaxDepth} emphasis marks (*, _, ~, ^, + or =) and brackets ([) before it ends.",
                "Split the paragraph with a blank line, or write a literal * or _ as \\* or \\_.");
            return;
        }
        catch (ArgumentException)
        {
            diagnostics.Error(DiagnosticCodes.NestingTooDeep, locate(0), "The Markdown is nested too deeply to be read (more than 128 levels of quotes, lists or brackets).",
                "Flatten it: no text of this publication needs more than a few levels.");
            return;
        }
        var html = document.Descendants().Where(n => n is HtmlBlock or HtmlInline).Select(n => n.Span.Start).ToList();
        // '<b>bold</b>' is one mistake: closing tags are reported only when they stand alone.
        var opening = html.Where(start => !markdown.AsSpan(start).StartsWith("</")).ToList();
        foreach (var start in opening.Count > 0 ? opening : html)
            RawHtml(markdown, start, locate, diagnostics);
        var found = false;
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline link when !IsSafeUrl(link.Url):
                    UnsafeLink(link.Url!, link.UrlSpan.IsEmpty ? link.Span.Start : link.UrlSpan.Start, link.IsImage ? "image source" : "link target", locate, diagnostics);
                    found = true;
                    break;
                case AutolinkInline autolink when !IsSafeUrl(autolink.Url):
                    UnsafeLink(autolink.Url, autolink.Span.Start, "link target", locate, diagnostics);
                    found = true;
                    break;
            }
        }
        if (!found && html.Count == 0) CheckedMarkdown.Keep(markdown, document, Finder);
    }

    /// <summary>The Markdown body of a page or action line, below its front matter.</summary>
    public static void Body(Load.MarkdownDocument document, DiagnosticBag diagnostics) =>
        Markdown(document.Body, index =>
        {
            var before = document.Body.AsSpan(0, Math.Clamp(index, 0, document.Body.Length));
            return new SourceLocation(document.File.Path, document.BodyLine + before.Count('\n'), before.Length - before.LastIndexOf('\n'));
        }, diagnostics);

    /// <summary>A relative address, a fragment, or one of the safe schemes; control characters and case do not hide a scheme.</summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return true;
        var normalized = new string(url.Where(c => c > ' ' && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        var scheme = SchemePattern().Match(normalized);
        return !scheme.Success || SafeSchemes.Contains(scheme.Groups[1].Value);
    }

    private static void RawHtml(string markdown, int index, Func<int, SourceLocation> locate, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.HtmlNotAllowed, locate(index), $"Raw HTML is not allowed in Markdown: '{Excerpt(markdown, index)}'.",
            "Write it in Markdown (**bold**, *italic*, [text](https://…), lists with '-'); to show angle brackets as text, put them in `backticks`.");

    private static void UnsafeLink(string url, int index, string what, Func<int, SourceLocation> locate, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.UnsafeLink, locate(index), $"The {what} '{Shorten(url)}' is not allowed.",
            $"Links may go to {string.Join(", ", SafeSchemes.SkipLast(1))} or {SafeSchemes[^1]} addresses, or to pages of this site (such as '/sdgs/9/').");

    private static string Excerpt(string text, int index)
    {
        var end = text.IndexOfAny(['>', '\n'], index);
        var length = (end < 0 ? text.Length : end + 1) - index;
        return Shorten(text.Substring(index, Math.Min(length, 60)));
    }

    private static string Shorten(string value) => value.Length > 60 ? value[..60] + "…" : value;
}
