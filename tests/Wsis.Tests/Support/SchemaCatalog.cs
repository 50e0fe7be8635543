using NJsonSchema;
using Newtonsoft.Json.Linq;

namespace Wsis.Tests.Support;

/// <summary>Which schema in schemas/ each kind of content file follows, and validation against it.</summary>
public static class SchemaCatalog
{
    public static readonly string[] Kinds = ["site", "sources", "sdgs", "stakeholders", "editions", "action-line", "priorities", "roadmap", "context", "page"];

    private static readonly Lazy<IReadOnlyDictionary<string, JsonSchema>> Schemas = new(() =>
        Kinds.ToDictionary(kind => kind, kind => JsonSchema.FromFileAsync(PathOf(kind)).GetAwaiter().GetResult()));

    public static string PathOf(string kind) => Path.Combine(Repo.Root, "schemas", $"{kind}.schema.json");

    /// <summary>The schema kind of a content file by its place in the layout; null for files without YAML (source texts).</summary>
    public static string? KindOf(string contentPath)
    {
        var parts = contentPath.Split('/');
        return parts switch
        {
            ["site.yml"] => "site",
            ["sources.yml"] => "sources",
            ["sdgs.yml"] => "sdgs",
            ["stakeholders.yml"] => "stakeholders",
            ["editions.yml"] => "editions",
            ["action-lines", _, "action-line.md"] => "action-line",
            ["action-lines", _, "priorities.yml"] => "priorities",
            ["action-lines", _, "roadmap.yml"] => "roadmap",
            ["action-lines", _, "context.yml"] => "context",
            ["pages", var name] when name.EndsWith(".md", StringComparison.Ordinal) => "page",
            _ => null,
        };
    }

    /// <summary>The schema's complaints about a content file; a file whose YAML cannot be parsed counts as rejected.</summary>
    public static IReadOnlyList<string> Errors(string contentPath, string text)
    {
        var kind = KindOf(contentPath) ?? throw new ArgumentException($"No schema for {contentPath}");
        var json = YamlJson.Of(contentPath, text);
        if (json is null) return ["YAML cannot be parsed"];
        return Schemas.Value[kind].Validate(json).Select(e => $"{e.Path}: {e.Kind}").ToList();
    }

    public static JToken? Json(string contentPath, string text) => YamlJson.Of(contentPath, text);
}
