using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Wsis.Validate;

namespace Wsis.Render;

/// <summary>
/// Makes a parsed Markdown document safe to render, on the syntax tree, before any HTML exists. With raw HTML off
/// Markdig escapes every '&lt;' of the text, so the only markup the content controls is link and image URLs:
/// an unsafe one loses its link (the text stays) or its image. HTML nodes cannot occur with raw HTML off and are
/// dropped if they ever do. External links get rel="noopener". Returns what was removed, in the sanitizer's words.
/// HtmlSanitizer checks in the tests that nothing it would remove gets through (tests/Wsis.Tests/Security/SanitizerOracle.cs).
/// </summary>
internal static class MarkdownGuard
{
    public static IReadOnlyList<string> Neutralise(MarkdownDocument document)
    {
        var removed = new List<string>();
        // Collected first: the tree is changed below.
        foreach (var node in document.Descendants().Where(n => n is LinkInline or AutolinkInline or HtmlBlock or HtmlInline).ToList())
        {
            switch (node)
            {
                case LinkInline link when !IsSafeUrl(link):
                    removed.Add($"{(link.IsImage ? "src" : "href")}=\"{Shorten(link.Url ?? "")}\"");
                    if (link.IsImage) link.Remove();
                    else Unwrap(link);
                    break;
                case LinkInline link when !link.IsImage && IsExternal(WrittenUrl(link)):
                    link.GetAttributes().AddPropertyIfNotExist("rel", "noopener");
                    break;
                case AutolinkInline autolink when !autolink.IsEmail && !MarkupCheck.IsSafeUrl(autolink.Url):
                    removed.Add($"href=\"{Shorten(autolink.Url)}\"");
                    autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    break;
                case AutolinkInline autolink when !autolink.IsEmail && IsExternal(autolink.Url):
                    autolink.GetAttributes().AddPropertyIfNotExist("rel", "noopener");
                    break;
                case HtmlBlock block:
                    removed.Add(HtmlName(block.Lines.ToString()));
                    block.Parent?.Remove(block);
                    break;
                case HtmlInline inline:
                    removed.Add(HtmlName(inline.Tag));
                    inline.Remove();
                    break;
            }
        }
        return removed.Distinct().ToList();
    }

    private static bool IsSafeUrl(LinkInline link) => MarkupCheck.IsSafeUrl(link.Url) && MarkupCheck.IsSafeUrl(WrittenUrl(link));

    // As Markdig's renderer picks it: a link to a heading gets its URL from the heading's id.
    private static string? WrittenUrl(LinkInline link) => link.GetDynamicUrl is { } dynamicUrl ? dynamicUrl() ?? link.Url : link.Url;

    private static bool IsExternal(string? url) =>
        url is not null && (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("//", StringComparison.Ordinal));

    // The link goes, its text stays where it was.
    private static void Unwrap(LinkInline link)
    {
        while (link.FirstChild is { } child)
        {
            child.Remove();
            link.InsertBefore(child);
        }
        link.Remove();
    }

    private static string HtmlName(string html)
    {
        var name = new string(html.TrimStart('<', '/', ' ').TakeWhile(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant();
        return name.Length > 0 ? $"<{name}>" : Shorten(html.Trim());
    }

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
