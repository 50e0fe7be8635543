using System.Text.RegularExpressions;
using Wsis.Model;
using Wsis.Render;

namespace Wsis.Editions;

/// <summary>
/// An item reduced to what a reader sees: its identity (action line and number, or action line, group and label) and
/// each field as a value. Values come from the model, never from the YAML text, and runs of white space count as one
/// space: quoting, folding, key order and comments change nothing here.
/// </summary>
public sealed partial record ItemFacts(string Key, IItem Item, IReadOnlyList<ItemFacts.Field> Fields)
{
    /// <summary>Value compares; Shown is what a reader reads (Markdown as plain text), for the word diff. Keys: a list of links, diffed entry by entry.</summary>
    public sealed record Field(string Name, string Label, string Value, string Shown, bool Keys = false);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    public static string KeyOf(IItem item) => item switch
    {
        Priority p => $"{p.ActionLineId} priority {p.Number}",
        RoadmapRow r => $"{r.ActionLineId} roadmap {r.Group.Slug()} {r.Label}",
        _ => $"{item.ActionLineId} {item.Path}",
    };

    /// <summary>The field that says what the item is: an item that keeps it under a new identity has moved.</summary>
    public string MainText => Fields[0].Value;

    /// <summary>names: stakeholder group names by slug, for the text a reader reads; the slugs are what compares.</summary>
    public static ItemFacts Of(IItem item, IReadOnlyDictionary<string, string> names) => new(KeyOf(item), item, item switch
    {
        Priority p =>
        [
            Markdown("text", "text", p.Text),
            Text("key_phrase", "key phrase", p.KeyPhrase),
            Sdgs(p.Sdgs),
            Stakeholders(p.Stakeholders, names),
            Text("note", "transcription note", p.Note),
            Text("source", "source", p.SourceId),
        ],
        RoadmapRow r =>
        [
            Markdown("outcome", "outcome text", r.Outcome),
            Text("timing", "timing", r.Timing),
            List("itu_goals", "ITU goals and resolutions", r.ItuGoals, markdown: false),
            Sdgs(r.Sdgs),
            List("expected_results", "expected results", r.ExpectedResults, markdown: true),
            List("itu_activities", "ITU activities", r.ItuActivities, markdown: true),
            Stakeholders(r.Stakeholders, names),
            Text("note", "transcription note", r.Note),
            Text("source", "source", r.SourceId),
        ],
        _ => [],
    });

    private static string Normal(string? text) => WhiteSpace().Replace(text ?? "", " ").Trim();

    private static Field Text(string name, string label, string? value) => new(name, label, Normal(value), Normal(value));

    private static Field Markdown(string name, string label, string value) => new(name, label, Normal(value), Normal(MarkdownRenderer.PlainText(value)));

    private static Field List(string name, string label, IReadOnlyList<string> values, bool markdown) =>
        new(name, label, string.Join(" ¶ ", values.Select(Normal)), string.Join(" · ", values.Select(v => Normal(markdown ? MarkdownRenderer.PlainText(v) : v))));

    // A set of links: the order they are written in is not part of the text.
    private static Field Sdgs(IReadOnlyList<SdgLink> links)
    {
        var keys = string.Join(", ", links.Select(l => l.Key).Order(StringComparer.Ordinal));
        return new Field("sdgs", "SDG links", keys, keys, Keys: true);
    }

    private static Field Stakeholders(StakeholderTags tags, IReadOnlyDictionary<string, string> names)
    {
        var slugs = tags.Slugs.Order(StringComparer.Ordinal).ToList();
        return new Field("stakeholders", "stakeholders", tags.All ? "all" : string.Join(", ", slugs),
            tags.All ? "All stakeholders" : string.Join(", ", slugs.Select(s => names.GetValueOrDefault(s, s))), Keys: true);
    }
}
