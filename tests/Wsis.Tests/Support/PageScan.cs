using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Wsis.Tests.Support;

/// <summary>
/// Finds active content in a built page: inline scripts or scripts from elsewhere (the CSP allows only the site's
/// own files), event handlers, script and data URLs, embedded frames, inline styles. The site draws its own SVG
/// (QR codes, swatches); SVG that could run or pull in anything is flagged.
/// </summary>
public static class PageScan
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "poster", "data", "srcset", "background", "cite"];
    private static readonly string[] ActiveElements = ["iframe", "frame", "object", "embed", "style", "base", "meta[http-equiv=refresh]", "svg foreignObject", "svg use", "svg animate", "svg set", "link[rel=import]"];

    public static IReadOnlyList<string> Problems(string html) => Problems(new HtmlParser().ParseDocument(html));

    public static IReadOnlyList<string> Problems(IDocument document)
    {
        var problems = new List<string>();
        foreach (var script in document.QuerySelectorAll("script"))
            if (script.GetAttribute("src") is not { } src || !IsOwnFile(src) || script.TextContent.Length > 0)
                problems.Add($"script: {Short(script.OuterHtml)}");
        foreach (var selector in ActiveElements)
            foreach (var element in document.QuerySelectorAll(selector))
                problems.Add($"{selector}: {Short(element.OuterHtml)}");
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    problems.Add($"handler {attribute.Name} on <{element.LocalName}>");
                if (attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase))
                    problems.Add($"style attribute on <{element.LocalName}>");
                if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase) && IsScriptUrl(attribute.Value))
                    problems.Add($"{attribute.Name}=\"{Short(attribute.Value)}\" on <{element.LocalName}>");
            }
        }
        return problems;
    }

    public static bool IsOwnFile(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    /// <summary>What a browser would run or load inline: control characters and case do not hide the scheme.</summary>
    public static bool IsScriptUrl(string value)
    {
        var normalized = new string(value.Where(c => c > ' ').ToArray()).ToLowerInvariant();
        return normalized.StartsWith("javascript:", StringComparison.Ordinal) || normalized.StartsWith("vbscript:", StringComparison.Ordinal)
            || normalized.StartsWith("data:", StringComparison.Ordinal);
    }

    private static string Short(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
