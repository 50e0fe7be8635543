using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using Microsoft.IO;
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

    /// <param name="cache">CSV files by their cells, kept across the builds of `serve`: an edit changes one or two of them.</param>
    public static IReadOnlyList<DataFile> Export(Publication publication, RenderOptions options, OpenDataCache? cache = null)
    {
        cache ??= new OpenDataCache(remember: false);
        // Each file is written into blocks of a pool and copied once into an array of its size: a MemoryStream or
        // ArrayBufferWriter doubles its buffer as it grows and then copies it, so at its last doubling a 10 MB document
        // held 8 + 16 MB of buffers on the large object heap.
        var blocks = cache.Blocks;
        byte[] Table(string name, string[] header, IEnumerable<string[]> records) =>
            cache.Remembers ? cache.Table(name, [header, .. records], rows => Csv(header, rows.Skip(1), blocks)) : Csv(header, records, blocks);
        var items = publication.ActionLines.SelectMany(a => a.Items).ToList();
        // The document and each table made on whichever core is free: one after another they held up the build's
        // serial stretch before the pages (a third of a second at 4,000 items).
        Func<DataFile>[] parts =
        [
            () => new(Folder + "wsis.json", "JSON", "Everything: sources, goals, stakeholder groups, action lines with their priorities and roadmap rows.",
                JsonBytes(publication, options, blocks)),
            () => new(Folder + "priorities.csv", "CSV", "One line per priority.", Table("priorities.csv", PriorityHeader, publication.ActionLines.SelectMany(a => a.Priorities).Select(p => PriorityRecord(p, options)))),
            () => new(Folder + "roadmap-rows.csv", "CSV", "One line per roadmap row.", Table("roadmap-rows.csv", RowHeader, publication.ActionLines.SelectMany(a => a.Roadmap).Select(r => RowRecord(r, options)))),
            () => new(Folder + "sdg-links.csv", "CSV", "One line per link from an item to a goal or target.",
                Table("sdg-links.csv", ["item_id", "item_kind", "action_line", "goal", "target", "target_text", "item_url"],
                    items.SelectMany(i => i.Sdgs.Select(l => new[] { ItemId(i), Kind(i), i.ActionLineId, l.Goal.ToString(CultureInfo.InvariantCulture), l.Target ?? "", l.TargetText ?? "", options.Absolute(Urls.Item(i)) })))),
            () => new(Folder + "stakeholder-links.csv", "CSV", "One line per stakeholder group an item names; \"all\" where it addresses every group.",
                Table("stakeholder-links.csv", ["item_id", "item_kind", "action_line", "stakeholder", "item_url"],
                    items.SelectMany(i => (i.Stakeholders.All ? ["all"] : i.Stakeholders.Slugs).Select(s => new[] { ItemId(i), Kind(i), i.ActionLineId, s, options.Absolute(Urls.Item(i)) })))),
        ];
        var made = new DataFile[parts.Length];
        Parallel.For(0, parts.Length, i => made[i] = parts[i]());
        var files = made.ToList();
        files.AddRange(publication.Sources.Select(s => new DataFile(Urls.SourceText(s.Id).TrimStart('/'), "Text", $"The source text of “{s.Title}”, as received.", Utf8.GetBytes(s.Text), Listed: false)));
        return files;
    }

    // Written straight to UTF-8 as it is read from the model: a large publication's JSON is tens of MB, and a tree of
    // nodes for it, like a string of it, was one more copy of the whole at once, made again on each of serve's rebuilds.
    private static byte[] JsonBytes(Publication publication, RenderOptions options, RecyclableMemoryStreamManager blocks)
    {
        using var output = blocks.GetStream();
        using (var writer = new Utf8JsonWriter((IBufferWriter<byte>)output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            Document(writer, publication, options);
        output.WriteByte((byte)'\n');
        return output.GetReadOnlySequence().ToArray();
    }

    /// <summary>Stable identity of an item across exports: its action line and its path, as in its URL.</summary>
    public static string ItemId(IItem item) => $"{item.ActionLineId}/{item.Path}";

    private static string Kind(IItem item) => item is Priority ? "priority" : "roadmap_row";

    private static void Document(Utf8JsonWriter json, Publication publication, RenderOptions options)
    {
        json.WriteStartObject();
        json.WriteNumber("format_version", FormatVersion);
        json.WriteString("title", publication.Site.Title);
        json.WriteString("description", publication.Site.Description);
        json.WriteString("language", publication.Site.Language);
        json.WriteString("content_date", publication.Site.ContentDate);
        json.WriteString("url", options.Absolute(Urls.Home));
        Array(json, "sources", publication.Sources, s =>
        {
            json.WriteString("id", s.Id);
            json.WriteString("title", s.Title);
            json.WriteString("publisher", s.Publisher);
            json.WriteString("date", s.Date);
            json.WriteString("status", s.Status);
            json.WriteString("note", s.Note);
            json.WriteString("disclaimer", s.Disclaimer);
            json.WriteString("url", options.Absolute(Urls.Source(s.Id)));
            json.WriteString("text_url", options.Absolute(Urls.SourceText(s.Id)));
        });
        Array(json, "goals", publication.Goals, g =>
        {
            json.WriteNumber("number", g.Number);
            json.WriteString("name", g.Name);
            json.WriteString("colour", g.Colour);
            Strings(json, "targets", g.Targets);
            json.WriteString("url", options.Absolute(Urls.Goal(g.Number)));
        });
        Array(json, "stakeholders", publication.Stakeholders, s =>
        {
            json.WriteString("slug", s.Slug);
            json.WriteString("name", s.Name);
            json.WriteString("description", s.Description);
            json.WriteString("url", options.Absolute(Urls.Stakeholder(s.Slug)));
        });
        Array(json, "action_lines", publication.ActionLines, a =>
        {
            json.WriteString("id", a.Id);
            json.WriteString("title", a.Title);
            json.WriteString("status", a.Status.Slug());
            Array(json, "facilitators", a.Facilitators, f =>
            {
                json.WriteString("name", f.Name);
                json.WriteString("role", f.Role);
            });
            json.WriteString("source", a.SourceId);
            json.WriteString("overview", a.Overview);
            json.WriteString("url", options.Absolute(Urls.ActionLine(a.Id)));
            Array(json, "priorities", a.Priorities, p =>
            {
                json.WriteString("id", ItemId(p));
                json.WriteNumber("number", p.Number);
                json.WriteString("key_phrase", p.KeyPhrase);
                json.WriteString("text", p.Text);
                Links(json, p);
                Stakeholders(json, p);
                json.WriteString("note", p.Note);
                json.WriteString("source", p.SourceId);
                json.WriteString("url", options.Absolute(Urls.Item(p)));
            });
            Array(json, "roadmap_rows", a.Roadmap, r =>
            {
                json.WriteString("id", ItemId(r));
                json.WriteString("group", r.Group.Slug());
                json.WriteString("label", r.Label);
                json.WriteString("outcome", r.Outcome);
                json.WriteString("timing", r.Timing);
                Strings(json, "itu_goals", r.ItuGoals);
                Links(json, r);
                Strings(json, "expected_results", r.ExpectedResults);
                Strings(json, "itu_activities", r.ItuActivities);
                Stakeholders(json, r);
                json.WriteString("note", r.Note);
                json.WriteString("source", r.SourceId);
                json.WriteString("url", options.Absolute(Urls.Item(r)));
            });
        });
        json.WriteEndObject();
    }

    /// <summary>An array of objects, each written by <paramref name="members"/> between its braces.</summary>
    private static void Array<T>(Utf8JsonWriter json, string name, IEnumerable<T> values, Action<T> members)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStartObject();
            members(value);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static void Links(Utf8JsonWriter json, IItem item) => Array(json, "sdgs", item.Sdgs, l =>
    {
        json.WriteNumber("goal", l.Goal);
        json.WriteString("target", l.Target);
        json.WriteString("target_text", l.TargetText);
    });

    private static void Stakeholders(Utf8JsonWriter json, IItem item)
    {
        json.WriteStartObject("stakeholders");
        json.WriteBoolean("all", item.Stakeholders.All);
        Strings(json, "groups", item.Stakeholders.Slugs);
        json.WriteEndObject();
    }

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

    private static byte[] Csv(string[] header, IEnumerable<string[]> records, RecyclableMemoryStreamManager blocks)
    {
        using var stream = blocks.GetStream();
        using (var csv = CsvWriter.Create(stream, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteHeader(header);
            foreach (var record in records) csv.WriteRecord(System.Array.ConvertAll(record, NotAFormula));
        }
        return stream.GetReadOnlySequence().ToArray();
    }
}
