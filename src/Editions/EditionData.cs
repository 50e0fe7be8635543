using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wsis.Export;
using Wsis.Render;

namespace Wsis.Editions;

/// <summary>The history as open data: every edition and, for each after the first, the changes to its items (docs/open-data.md).</summary>
public static class EditionData
{
    public const string Path = OpenData.Folder + "editions.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<DataFile> Export(EditionHistory history)
    {
        if (history.Editions.Count == 0) return [];
        var document = new JsonObject
        {
            ["format_version"] = OpenData.FormatVersion,
            ["editions"] = new JsonArray([.. history.Editions.Select(e => (JsonNode)new JsonObject
            {
                ["id"] = e.Edition.Id,
                ["title"] = e.Edition.Title,
                ["date"] = e.Edition.Date,
                ["ref"] = e.Edition.Ref,
                ["summary"] = e.Edition.Summary,
                ["changes"] = e.Changes is null ? null : ChangeJson.List(e.Changes),
            })]),
            ["since_newest"] = ChangeJson.List(history.SinceNewest),
        };
        return [new DataFile(Path, "JSON", "The editions, oldest first, and what changed in each item from one edition to the next, word by word.",
            new UTF8Encoding(false).GetBytes(document.ToJsonString(Json) + "\n"))];
    }
}
