using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Wsis.Tests.Browser;

/// <summary>
/// The fewest pages that between them hold every kind of element of the site (each tag, each tag with each of its
/// classes, each tag with each attribute name), refer to every file any page loads, and stand for every place in
/// the site map (the first folder and the depth: /stakeholders/x/, /404.html, each page). axe, the layout and the
/// console see what the templates and styles make of each kind, so visiting these finds what a visit to all pages
/// finds, in a fraction of the time; a new template or class joins the cover by itself.
/// </summary>
/// <remarks>
/// A number in a class is a parameter: sdg-9 and sdg-13 are one kind, the goal colours. That each goal's colour and
/// its text colour keep AA contrast is checked for every goal without a browser (DesignTests).
/// </remarks>
public static partial class PageKinds
{
    [GeneratedRegex(@"\d+")] private static partial Regex Number();

    public static IReadOnlyList<string> Cover(IReadOnlyDictionary<string, IHtmlDocument> pages) =>
        Cover(pages.ToDictionary(p => p.Key, p => Kinds(p.Key, p.Value), StringComparer.Ordinal));

    public static IReadOnlyList<string> Cover(IReadOnlyDictionary<string, HashSet<string>> kindsByPage)
    {
        var uncovered = kindsByPage.Values.SelectMany(k => k).ToHashSet(StringComparer.Ordinal);
        var chosen = new List<string>();
        while (uncovered.Count > 0)
        {
            // Greedy set cover, ties to the first URL, so that the same site always gives the same pages.
            var best = kindsByPage.OrderBy(p => p.Key, StringComparer.Ordinal).MaxBy(p => p.Value.Count(uncovered.Contains));
            chosen.Add(best.Key);
            uncovered.ExceptWith(best.Value);
        }
        return chosen.Order(StringComparer.Ordinal).ToList();
    }

    public static HashSet<string> Kinds(string url, IDocument page)
    {
        var folders = url.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var kinds = new HashSet<string>(StringComparer.Ordinal) { $"url /{folders.FirstOrDefault()} {folders.Length}" };
        foreach (var element in page.All)
        {
            var tag = element.LocalName;
            kinds.Add(tag);
            foreach (var name in element.ClassList) kinds.Add($"{tag}.{Number().Replace(name, "#")}");
            foreach (var attribute in element.Attributes) kinds.Add($"{tag}[{attribute.Name}]");
            if (Loads(element) is { } file && !file.StartsWith("data:", StringComparison.Ordinal)) kinds.Add("file " + file);
        }
        return kinds;
    }

    // What the browser fetches for the element as the page loads; a canonical or alternate link is only an address.
    private static string? Loads(IElement element) => element.LocalName switch
    {
        "script" or "img" or "source" or "iframe" => element.GetAttribute("src"),
        "link" when element.GetAttribute("rel") is "stylesheet" or "icon" or "manifest" or "preload" or "modulepreload" => element.GetAttribute("href"),
        _ => null,
    };
}
