using System.Text.Json.Nodes;
using Wsis.Render;

namespace Wsis.Editions;

/// <summary>Changes as JSON, the same shape in the open data (editions.json) and in `changes --json`.</summary>
public static class ChangeJson
{
    public static JsonArray List(IEnumerable<ItemChange> changes) => new([.. changes.Select(Change)]);

    public static JsonObject Change(ItemChange change) => new()
    {
        ["kind"] = change.KindLabel,
        ["item"] = change.Key,
        ["action_line"] = change.ActionLineId,
        ["title"] = change.Current.Item.Title,
        ["moved_from"] = change.Kind == ChangeKind.Moved ? change.Before!.Key : null,
        ["url"] = Urls.Item(change.Current.Item),
        ["fields"] = new JsonArray([.. change.Fields.Select(f => (JsonNode)new JsonObject
        {
            ["name"] = f.Name,
            ["label"] = f.Label,
            ["before"] = f.Before,
            ["after"] = f.After,
            ["diff"] = new JsonArray([.. f.Diff.Select(s => (JsonNode)new JsonObject { ["kind"] = s.Kind, ["text"] = s.Text })]),
        })]),
    };
}
