using System.Globalization;
using System.Text;
using Wsis.Model;

namespace Wsis.Render;

/// <summary>
/// The running headers and footers of printed handouts. Chromium has CSS margin boxes but no string-set, so a
/// header that names the action line needs a named page per line; those rules are made here from the content
/// and appended to templates/assets/handout.css (a stylesheet, since the CSP allows no inline styles).
/// </summary>
public static class HandoutStyles
{
    public const string Stylesheet = "handout.css";

    public static IReadOnlyDictionary<string, byte[]> AddRunningHeads(IReadOnlyDictionary<string, byte[]> assets, Publication publication)
    {
        if (!assets.TryGetValue(Stylesheet, out var css)) return assets;
        var all = assets.ToDictionary(StringComparer.Ordinal);
        all[Stylesheet] = [.. css, .. Encoding.UTF8.GetBytes(RunningHeads(publication))];
        return all;
    }

    public static string PageName(ActionLine line) => "line-" + line.Slug;

    public static string RunningHeads(Publication publication)
    {
        var footer = publication.Site.ContentDate is { } date ? $"{publication.Site.Title} · content of {date}" : publication.Site.Title;
        var css = new StringBuilder("\n/* Generated from content/ by the build: running header and footer text. */\n");
        css.Append(CultureInfo.InvariantCulture, $"@page {{ @bottom-left {{ content: {Quote(footer)}; }} }}\n");
        css.Append(CultureInfo.InvariantCulture, $"@page cover {{ @top-left {{ content: {Quote(publication.Site.Title)}; }} }}\n");
        foreach (var line in publication.ActionLines)
        {
            css.Append(CultureInfo.InvariantCulture, $"@page {PageName(line)} {{ @top-left {{ content: {Quote($"WSIS Action Line {line.Id} · {line.Title}")}; }} }}\n");
            css.Append(CultureInfo.InvariantCulture, $".handout-line--{line.Slug} {{ page: {PageName(line)}; }}\n");
        }
        return css.ToString();
    }

    /// <summary>A CSS string: quotes, backslashes and line breaks escaped, so content text cannot end the rule.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\') quoted.Append('\\').Append(c);
            else if (c < ' ' || c == '\u007f' || c is '<' or '>') quoted.Append(CultureInfo.InvariantCulture, $"\\{(int)c:x} ");
            else quoted.Append(c);
        }
        return quoted.Append('"').ToString();
    }
}
