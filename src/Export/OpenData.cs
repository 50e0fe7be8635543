using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using Wsis.Caching;
using Wsis.Model;
using Wsis.Render;

namespace Wsis.Export;

/// <summary>
/// The whole model as open data: one JSON document, and CSV files of priorities, roadmap rows, SDG links and
/// stakeholder links. docs/open-data.md documents every field; FormatVersion changes when a field does.
/// </summary>
public static class OpenData
{
    public const int FormatVersion = 1;
    public const string Folder = "data/";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="tables">CSV files by their cells, kept across the builds of `serve`: an edit changes one or two of them.</param>
    public static IReadOnlyList<DataFile> Export(Publication publication, RenderOptions options, Memo<string, byte[]>? tables = null)
    {
        tables ??= new Memo<string, byte[]>(remember: false);
        byte[] Csv(string[] header, IEnumerable<string[]> records) => Table(header, records, tables);
        var items = publication.ActionLines.SelectMany(a => a.Items).ToList();
        var files = new List<DataFile>
        {
            new(Folder + "wsis.json", "JSON", "Everything: sources, goals, stakeholder groups, action lines with their priorities and roadmap rows.",
                JsonBytes(Document(publication, options))),
            new(Folder + "priorities.csv", "CSV", "One line per priority.", Csv(PriorityHeader, publication.ActionLines.SelectMany(a => a.Priorities).Select(p => PriorityRecord(p, options)))),
            new(Folder + "roadmap-rows.csv", "CSV", "One line per roadmap row.", Csv(RowHeader, publication.ActionLines.SelectMany(a => a.Roadmap).Select(r => RowRecord(r, options)))),
            new(Folder + "sdg-links.csv", "CSV", "One line per link from an item to a goal or target.",
                Csv(["item_id", "item_kind", "action_line", "goal", "target", "target_text", "item_url"],
                    items.SelectMany(i => i.Sdgs.Select(l => new[] { ItemId(i), Kind(i), i.ActionLineId, l.Goal.ToString(CultureInfo.InvariantCulture), l.Target ?? "", l.TargetText ?? "", options.Absolute(Urls.Item(i)) })))),
            new(Folder + "stakeholder-links.csv", "CSV", "One line per stakeholder group an item names; \"all\" where it addresses every group.",
                Csv(["item_id", "item_kind", "action_line", "stakeholder", "item_url"],
                    items.SelectMany(i => (i.Stakeholders.All ? ["all"] : i.Stakeholders.Slugs).Select(s => new[] { ItemId(i), Kind(i), i.ActionLineId, s, options.Absolute(Urls.Item(i)) })))),
        };
        files.AddRange(publication.Sources.Select(s => new DataFile(Urls.SourceText(s.Id).TrimStart('/'), "Text", $"The source text of “{s.Title}”, as received.", Utf8.GetBytes(s.Text), Listed: false)));
        return files;
    }

    // Written as UTF-8 straight from the tree, as ToJsonString would write it: a large publication's JSON is tens of MB,
    // and a string of it, then that string with a newline, then its bytes were three more copies at once.
    private static byte[] JsonBytes(JsonNode document)
    {
        var output = new ArrayBufferWriter<byte>(256 * 1024);
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = Json.Encoder }))
            document.WriteTo(writer, Json);
        var bytes = new byte[output.WrittenCount + 1];
        output.WrittenSpan.CopyTo(bytes);
        bytes[^1] = (byte)'\n';
        return bytes;
    }

    /// <summary>Stable identity of an item across exports: its action line and its path, as in its URL.</summary>
    public static string ItemId(IItem item) => $"{item.ActionLineId}/{item.Path}";

    private static string Kind(IItem item) => item is Priority ? "priority" : "roadmap_row";

    private static JsonObject Document(Publication publication, RenderOptions options) => new()
    {
        ["format_version"] = FormatVersion,
        ["title"] = publication.Site.Title,
        ["description"] = publication.Site.Description,
        ["language"] = publication.Site.Language,
        ["content_date"] = publication.Site.ContentDate,
        ["url"] = options.Absolute(Urls.Home),
        ["sources"] = Array(publication.Sources.Select(s => new JsonObject
        {
            ["id"] = s.Id,
            ["title"] = s.Title,
            ["publisher"] = s.Publisher,
            ["date"] = s.Date,
            ["status"] = s.Status,
            ["note"] = s.Note,
            ["disclaimer"] = s.Disclaimer,
            ["url"] = options.Absolute(Urls.Source(s.Id)),
            ["text_url"] = options.Absolute(Urls.SourceText(s.Id)),
        })),
        ["goals"] = Array(publication.Goals.Select(g => new JsonObject
        {
            ["number"] = g.Number,
            ["name"] = g.Name,
            ["colour"] = g.Colour,
            ["targets"] = Array(g.Targets.Select(t => JsonValue.Create(t))),
            ["url"] = options.Absolute(Urls.Goal(g.Number)),
        })),
        ["stakeholders"] = Array(publication.Stakeholders.Select(s => new JsonObject
        {
            ["slug"] = s.Slug,
            ["name"] = s.Name,
            ["description"] = s.Description,
            ["url"] = options.Absolute(Urls.Stakeholder(s.Slug)),
        })),
        ["action_lines"] = Array(publication.ActionLines.Select(a => new JsonObject
        {
            ["id"] = a.Id,
            ["title"] = a.Title,
            ["status"] = a.Status.Slug(),
            ["facilitators"] = Array(a.Facilitators.Select(f => new JsonObject { ["name"] = f.Name, ["role"] = f.Role })),
            ["source"] = a.SourceId,
            ["overview"] = a.Overview,
            ["url"] = options.Absolute(Urls.ActionLine(a.Id)),
            ["priorities"] = Array(a.Priorities.Select(p => new JsonObject
            {
                ["id"] = ItemId(p),
                ["number"] = p.Number,
                ["key_phrase"] = p.KeyPhrase,
                ["text"] = p.Text,
                ["sdgs"] = Links(p),
                ["stakeholders"] = Stakeholders(p),
                ["note"] = p.Note,
                ["source"] = p.SourceId,
                ["url"] = options.Absolute(Urls.Item(p)),
            })),
            ["roadmap_rows"] = Array(a.Roadmap.Select(r => new JsonObject
            {
                ["id"] = ItemId(r),
                ["group"] = r.Group.Slug(),
                ["label"] = r.Label,
                ["outcome"] = r.Outcome,
                ["timing"] = r.Timing,
                ["itu_goals"] = Array(r.ItuGoals.Select(g => JsonValue.Create(g))),
                ["sdgs"] = Links(r),
                ["expected_results"] = Array(r.ExpectedResults.Select(e => JsonValue.Create(e))),
                ["itu_activities"] = Array(r.ItuActivities.Select(e => JsonValue.Create(e))),
                ["stakeholders"] = Stakeholders(r),
                ["note"] = r.Note,
                ["source"] = r.SourceId,
                ["url"] = options.Absolute(Urls.Item(r)),
            })),
        })),
    };

    private static JsonArray Array(IEnumerable<JsonNode?> nodes) => new([.. nodes]);

    private static JsonArray Links(IItem item) =>
        Array(item.Sdgs.Select(l => new JsonObject { ["goal"] = l.Goal, ["target"] = l.Target, ["target_text"] = l.TargetText }));

    private static JsonObject Stakeholders(IItem item) => new()
    {
        ["all"] = item.Stakeholders.All,
        ["groups"] = Array(item.Stakeholders.Slugs.Select(s => JsonValue.Create(s))),
    };

    private static readonly string[] PriorityHeader = ["id", "action_line", "number", "key_phrase", "text", "sdgs", "stakeholders", "note", "source", "url"];

    private static string[] PriorityRecord(Priority p, RenderOptions options) =>
    [
        ItemId(p), p.ActionLineId, p.Number.ToString(CultureInfo.InvariantCulture), p.KeyPhrase, p.Text, Keys(p), StakeholderKeys(p), p.Note ?? "", p.SourceId,
        options.Absolute(Urls.Item(p)),
    ];

    private static readonly string[] RowHeader =
        ["id", "action_line", "group", "label", "outcome", "timing", "itu_goals", "sdgs", "expected_results", "itu_activities", "stakeholders", "note", "source", "url"];

    private static string[] RowRecord(RoadmapRow r, RenderOptions options) =>
    [
        ItemId(r), r.ActionLineId, r.Group.Slug(), r.Label, r.Outcome.TrimEnd(), r.Timing ?? "", string.Join('\n', r.ItuGoals), Keys(r),
        string.Join('\n', r.ExpectedResults), string.Join('\n', r.ItuActivities), StakeholderKeys(r), r.Note ?? "", r.SourceId, options.Absolute(Urls.Item(r)),
    ];

    private static string Keys(IItem item) => string.Join(';', item.Sdgs.Select(l => l.Key));

    private static string StakeholderKeys(IItem item) => item.Stakeholders.All ? "all" : string.Join(';', item.Stakeholders.Slugs);

    /// <summary>
    /// A cell that starts with = + - @ (or a tab or CR) is read by spreadsheets as a formula, so content could run one on
    /// a reader's machine: such a cell gets a leading apostrophe, as OWASP advises. Numbers stay as they are; the JSON is exact.
    /// </summary>
    public static string NotAFormula(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            && !double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
            ? "'" + cell
            : cell;

    /// <summary>A CSV file, or the same bytes as before when every cell is as it was.</summary>
    private static byte[] Table(string[] header, IEnumerable<string[]> records, Memo<string, byte[]> tables)
    {
        if (!tables.Remembers) return Csv(header, records);
        var rows = records.Prepend(header).ToList();
        // Each cell with its length, so no text in a cell can stand for a boundary between cells.
        var key = new StringBuilder();
        foreach (var row in rows)
        {
            foreach (var cell in row) key.Append(cell.Length).Append(':').Append(cell);
            key.Append('\n');
        }
        return tables.GetOrAdd(key.ToString(), _ => Csv(header, rows.Skip(1)));
    }

    private static byte[] Csv(string[] header, IEnumerable<string[]> records)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteHeader(header);
            foreach (var record in records) csv.WriteRecord(System.Array.ConvertAll(record, NotAFormula));
        }
        return stream.ToArray();
    }
}
