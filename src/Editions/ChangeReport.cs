using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wsis.Render.Views;

namespace Wsis.Editions;

/// <summary>What `changes` prints: the item changes between two states of the content, as Markdown (a job summary) or JSON.</summary>
public static class ChangeReport
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Markdown(ChangeSide from, ChangeSide to, IReadOnlyList<ItemChange> changes)
    {
        var text = new StringBuilder();
        text.Append("## What this changes in the publication\n\n");
        text.Append($"From {Name(from)} to {Name(to)}: {(changes.Count == 0 ? "no change to any item of the publication." : EditionWords.Counts(changes) + ".")}\n");
        var after = to.Snapshot.Publication!;
        var before = from.Snapshot.Publication!;
        foreach (var group in changes.GroupBy(c => c.ActionLineId, StringComparer.Ordinal))
        {
            var line = after.Index.ActionLinesById.GetValueOrDefault(group.Key) ?? before.Index.ActionLinesById[group.Key];
            text.Append($"\n### {Escape($"{line.Id} {line.Title}")}\n\n");
            foreach (var change in group)
            {
                text.Append($"- **{Capital(change.KindLabel)}** {Escape(change.Current.Item.Title)}");
                if (change.Kind == ChangeKind.Moved) text.Append($" (was {Escape(change.Before!.Item.Title)})");
                text.Append(change.Fields.Count > 0 ? $": {Escape(EditionWords.FieldNames(change))}\n" : "\n");
                if (change.Kind is ChangeKind.Added or ChangeKind.Removed)
                    text.Append($"  - {(change.Kind == ChangeKind.Added ? "<ins>" : "<del>")}{Escape(change.Current.Fields[0].Shown)}{(change.Kind == ChangeKind.Added ? "</ins>" : "</del>")}\n");
                foreach (var field in change.Fields)
                    text.Append($"  - {Escape(field.Label)}: {string.Concat(EditionWords.Spaced(field.Diff).Select(Segment))}\n");
                text.Append($"  - Pages: {string.Join(", ", ChangePages.Of(change).Select(p => $"`{p}`"))}\n");
            }
        }
        return text.ToString();
    }

    public static string Json(ChangeSide from, ChangeSide to, IReadOnlyList<ItemChange> changes)
    {
        var list = ChangeJson.List(changes);
        for (var i = 0; i < changes.Count; i++)
            list[i]!["pages"] = new JsonArray([.. ChangePages.Of(changes[i]).Select(p => (JsonNode)JsonValue.Create(p))]);
        var document = new JsonObject
        {
            ["from"] = Side(from),
            ["to"] = Side(to),
            ["counts"] = new JsonObject(Enum.GetValues<ChangeKind>().Select(k => KeyValuePair.Create(k.ToString().ToLowerInvariant(), (JsonNode?)changes.Count(c => c.Kind == k)))),
            ["changes"] = list,
        };
        return document.ToJsonString(Indented) + "\n";
    }

    private static JsonObject Side(ChangeSide side) => new() { ["ref"] = side.Name, ["commit"] = side.Commit };

    private static string Name(ChangeSide side) => side.Commit is null ? side.Name : $"`{Escape(side.Name)}` ({side.Commit[..Math.Min(12, side.Commit.Length)]})";

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string Segment(DiffSegment segment) => segment.Kind switch
    {
        DiffSegment.Deleted => $"<del>{Escape(segment.Text)}</del>",
        DiffSegment.Inserted => $"<ins>{Escape(segment.Text)}</ins>",
        _ => Escape(segment.Text),
    };

    // Content is text, not Markdown, in the summary: entities for what HTML would read, a backslash before what Markdown would read.
    private static string Escape(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '`' or '|' or '~') result.Append('\\');
            result.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", _ => c.ToString() });
        }
        return result.ToString();
    }
}
