using Wsis.Diagnostics;

namespace Wsis.Load;

/// <summary>Recognises each file by its place in the content layout and parses it. Pure: bytes in, documents out.</summary>
public static class ContentParser
{
    public const string ActionLinesFolder = "action-lines/";
    public const string PagesFolder = "pages/";
    public const string SourcesFolder = "sources/";

    private static readonly string[] ActionLineFiles = ["action-line.md", "priorities.yml", "roadmap.yml", "context.yml"];

    private static readonly string[] CatalogFiles = ["site.yml", "sources.yml", "sdgs.yml", "stakeholders.yml", "editions.yml"];
    private static readonly string[] SourceTextExtensions = [".txt", ".md", ".yml", ".yaml"];

    public static LoadedContent Parse(IReadOnlyList<RawFile> files, DiagnosticBag diagnostics, YamlCache? cache = null, DecodeCache? texts = null)
    {
        cache ??= new YamlCache(remember: false);
        texts ??= new DecodeCache(remember: false);
        // Only files with a place in the layout are decoded (a link or unreadable file reports its problem there, wherever it is);
        // every other file is listed for the validator to report.
        var decoded = files.Where(f => HasPlace(f.Path) || f.Problem is not null).AsParallel().AsOrdered()
            .Select(raw => texts.Decode(raw, diagnostics))
            .Where(file => file is not null)
            .Select(file => file!)
            .ToList();
        var byPath = decoded.ToDictionary(f => f.Path, StringComparer.Ordinal);

        YamlDocument? Yaml(string path)
        {
            if (byPath.TryGetValue(path, out var file)) return ParseYaml(file, diagnostics, cache);
            if (!files.Any(f => f.Path == path))
                diagnostics.Error(DiagnosticCodes.MissingFile, SourceLocation.File(path), $"The file '{path}' is missing.",
                    "Every content folder needs it; see docs/content-format.md for its shape.");
            return null;
        }

        var actionLines = files
            .Where(f => HasPlace(f.Path) && f.Path.StartsWith(ActionLinesFolder, StringComparison.Ordinal))
            .Select(f => f.Path.Split('/')[1])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList()
            .AsParallel().AsOrdered()
            .Select(folder => LoadActionLine(folder, byPath, diagnostics, cache))
            .ToList();
        var pages = decoded
            .Where(f => f.Path.StartsWith(PagesFolder, StringComparison.Ordinal))
            .AsParallel().AsOrdered()
            .Select(f => FrontMatter.Split(f, diagnostics, cache))
            .ToList();
        var sourceTexts = decoded
            .Where(f => f.Path.StartsWith(SourcesFolder, StringComparison.Ordinal))
            .ToDictionary(f => f.Path[SourcesFolder.Length..], StringComparer.Ordinal);

        return new LoadedContent
        {
            Site = Yaml("site.yml"),
            Sources = Yaml("sources.yml"),
            Sdgs = Yaml("sdgs.yml"),
            Stakeholders = Yaml("stakeholders.yml"),
            ActionLines = actionLines,
            Pages = pages,
            SourceTexts = sourceTexts,
            Files = byPath,
            Unplaced = files.Where(f => !HasPlace(f.Path) && f.Problem is null).Select(f => f.Path).ToList(),
        };
    }

    /// <summary>Whether a path is one the content layout gives a meaning (docs/content-format.md); decided by the path alone.</summary>
    public static bool HasPlace(string path)
    {
        var parts = path.Split('/');
        return parts switch
        {
            [var name] => CatalogFiles.Contains(name, StringComparer.Ordinal),
            ["action-lines", var folder, var name] => folder.Length > 0 && ActionLineFiles.Contains(name, StringComparer.Ordinal),
            ["pages", var name] => name.Length > ".md".Length && name.EndsWith(".md", StringComparison.Ordinal),
            ["sources", var name] => SourceTextExtensions.Any(e => name.Length > e.Length && name.EndsWith(e, StringComparison.Ordinal)),
            _ => false,
        };
    }

    private static LoadedActionLine LoadActionLine(string folder, IReadOnlyDictionary<string, SourceFile> byPath, DiagnosticBag diagnostics, YamlCache cache)
    {
        SourceFile? File(string name) => byPath.GetValueOrDefault($"{ActionLinesFolder}{folder}/{name}");
        var overview = File("action-line.md");
        if (overview is null)
            diagnostics.Error(DiagnosticCodes.MissingFile, SourceLocation.File($"{ActionLinesFolder}{folder}/action-line.md"),
                $"The action line folder '{folder}' has no action-line.md.", "Add action-line.md with the action line's id, title and facilitators.");
        return new LoadedActionLine(
            folder,
            overview is null ? null : FrontMatter.Split(overview, diagnostics, cache),
            File("priorities.yml") is { } priorities ? ParseYaml(priorities, diagnostics, cache) : null,
            File("roadmap.yml") is { } roadmap ? ParseYaml(roadmap, diagnostics, cache) : null,
            File("context.yml") is { } context ? ParseYaml(context, diagnostics, cache) : null);
    }

    private static YamlDocument ParseYaml(SourceFile file, DiagnosticBag diagnostics, YamlCache cache)
    {
        if (BlankYaml.Is(file.Text))
        {
            BlankYaml.Report(file.Path, "The file holds only comments and blank lines: it gives no content, so everything it used to hold would vanish from the site.",
                diagnostics);
            return new YamlDocument(file, null);
        }
        return new(file, cache.Parse(file, file.Text, 1, diagnostics));
    }
}
