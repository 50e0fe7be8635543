using Wsis.Diagnostics;
using Wsis.Load;

namespace Wsis.Validate;

/// <summary>
/// Every file under content/ is published or is an error, so that a pull request cannot drop text by moving or copying
/// a file where the build does not look. A deliberate exception is listed in site.yml under 'unpublished'.
/// </summary>
public static class UnplacedFiles
{
    public static void Report(LoadedContent content, DiagnosticBag diagnostics)
    {
        var entries = Entries(content.Site, diagnostics);
        var used = new HashSet<YamlScalar>();
        foreach (var path in content.Unplaced)
        {
            var entry = entries.FirstOrDefault(e => Covers(e.Value, path));
            if (entry is not null) { used.Add(entry); continue; }
            diagnostics.Error(DiagnosticCodes.UnexpectedFile, SourceLocation.File(path),
                "This file has no place in the content layout, so nothing of it would be published.",
                $"Move it to the place docs/content-format.md gives for its kind, delete it, or list it under 'unpublished:' in site.yml if it is meant to stay unpublished{Hint(path)}.");
        }
        foreach (var stale in entries.Where(e => !used.Contains(e)))
            diagnostics.Warning(DiagnosticCodes.UnexpectedFile, stale.Location, $"'{stale.Value}' is listed as unpublished, but no such file is left out of the site.",
                "Remove the entry from 'unpublished:' (the file is gone, or it now has a place in the layout).");
    }

    /// <summary>An entry names one file (notes.txt) or a whole folder, with a final slash (drafts/).</summary>
    private static bool Covers(string entry, string path) =>
        entry.EndsWith('/') ? path.StartsWith(entry, StringComparison.Ordinal) : path == entry;

    private static IReadOnlyList<YamlScalar> Entries(YamlDocument? site, DiagnosticBag diagnostics)
    {
        if (site?.Root is not YamlMapping map || map["unpublished"] is not { } node || node is YamlScalar { IsNull: true }) return [];
        if (node is not YamlSequence list)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, node.Location, $"The field 'unpublished' of site.yml must be a list, found {node.KindName}.",
                "Write 'unpublished:' and then one '- path' per line.");
            return [];
        }
        var entries = new List<YamlScalar>();
        foreach (var item in list.Items)
        {
            if (item is YamlScalar { IsNull: false } scalar && !scalar.Value.StartsWith('/') && !scalar.Value.Split('/').Contains(".."))
                entries.Add(scalar);
            else
                diagnostics.Error(DiagnosticCodes.InvalidValue, item.Location, "Each entry of 'unpublished' must be a path inside the content folder.",
                    "Write a path relative to content/, such as 'notes.txt' or 'drafts/' for a whole folder.");
        }
        return entries;
    }

    // A copy of a layout file with another name is the likeliest case: say which file it looks like.
    private static string Hint(string path)
    {
        var name = path.Split('/')[^1];
        var known = new[] { "action-line.md", "priorities.yml", "roadmap.yml", "context.yml", "site.yml", "sources.yml", "sdgs.yml", "stakeholders.yml" };
        return known.FirstOrDefault(k => name != k && name.Contains(Path.GetFileNameWithoutExtension(k), StringComparison.OrdinalIgnoreCase)) is { } like
            ? $" (its name looks like a copy of {like})"
            : "";
    }
}
