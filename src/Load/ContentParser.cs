using Wsis.Diagnostics;

namespace Wsis.Load;

/// <summary>Recognises each file by its place in the content layout and parses it. Pure: bytes in, documents out.</summary>
public static class ContentParser
{
    public const string ActionLinesFolder = "action-lines/";
    public const string PagesFolder = "pages/";
    public const string SourcesFolder = "sources/";

    private static readonly string[] ActionLineFiles = ["action-line.md", "priorities.yml", "roadmap.yml", "context.yml"];

    public static LoadedContent Parse(IReadOnlyList<RawFile> files, DiagnosticBag diagnostics, YamlCache? cache = null)
    {
        var decoded = files.AsParallel().AsOrdered()
            .Select(raw => TextDecoder.Decode(raw, diagnostics))
            .Where(file => file is not null)
            .Select(file => file!)
            .ToList();
        var byPath = decoded.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var known = new HashSet<string>(StringComparer.Ordinal);

        YamlDocument? Yaml(string path, bool required)
        {
            known.Add(path);
            if (byPath.TryGetValue(path, out var file)) return ParseYaml(file, diagnostics, cache);
            if (required && !files.Any(f => f.Path == path))
                diagnostics.Error(DiagnosticCodes.MissingFile, SourceLocation.File(path), $"The file '{path}' is missing.",
                    "Every content folder needs it; see docs/content-format.md for its shape.");
            return null;
        }

        var actionLines = decoded
            .Where(f => f.Path.StartsWith(ActionLinesFolder, StringComparison.Ordinal) && f.Path.Count(c => c == '/') == 2)
            .Select(f => f.Path.Split('/')[1])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList()
            .AsParallel().AsOrdered()
            .Select(folder => LoadActionLine(folder, byPath, diagnostics, cache))
            .ToList();
        foreach (var line in actionLines)
            foreach (var name in ActionLineFiles) known.Add($"{ActionLinesFolder}{line.Folder}/{name}");

        var pages = decoded
            .Where(f => f.Path.StartsWith(PagesFolder, StringComparison.Ordinal) && f.Path.EndsWith(".md", StringComparison.Ordinal) && f.Path.Count(c => c == '/') == 1)
            .AsParallel().AsOrdered()
            .Select(f => FrontMatter.Split(f, diagnostics, cache))
            .ToList();
        var sourceTexts = decoded
            .Where(f => f.Path.StartsWith(SourcesFolder, StringComparison.Ordinal) && f.Path.Count(c => c == '/') == 1)
            .ToDictionary(f => f.Path[SourcesFolder.Length..], StringComparer.Ordinal);
        known.UnionWith(pages.Select(p => p.File.Path));
        known.UnionWith(sourceTexts.Keys.Select(k => SourcesFolder + k));

        var content = new LoadedContent
        {
            Site = Yaml("site.yml", required: true),
            Sources = Yaml("sources.yml", required: true),
            Sdgs = Yaml("sdgs.yml", required: true),
            Stakeholders = Yaml("stakeholders.yml", required: true),
            ActionLines = actionLines,
            Pages = pages,
            SourceTexts = sourceTexts,
            Files = byPath,
        };

        // A file that could not be decoded has its error already, wherever it is.
        foreach (var file in files.Where(f => !known.Contains(f.Path) && byPath.ContainsKey(f.Path)))
            diagnostics.Warning(DiagnosticCodes.UnexpectedFile, SourceLocation.File(file.Path), "This file is not part of the content layout and is ignored.",
                "Move it to the place docs/content-format.md gives for its kind, or out of the content folder.");
        return content;
    }

    private static LoadedActionLine LoadActionLine(string folder, IReadOnlyDictionary<string, SourceFile> byPath, DiagnosticBag diagnostics, YamlCache? cache)
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

    private static YamlDocument ParseYaml(SourceFile file, DiagnosticBag diagnostics, YamlCache? cache) =>
        new(file, cache is null ? YamlTreeParser.Parse(file, file.Text, 1, diagnostics) : cache.Parse(file, file.Text, 1, diagnostics));
}
