using System.Globalization;
using System.Text.RegularExpressions;
using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Model;
using Wsis.Validate;

namespace Wsis.Scaffold;

/// <summary>
/// Writes correctly shaped new entries for `dotnet run -- new`: the next free number or label, every field in
/// place, required ones left empty with a comment, so that `check` points at exactly what is left to fill in.
/// Pure: the content files in, the changed file's new text out.
/// </summary>
public static partial class EntryScaffolder
{
    [GeneratedRegex("^[Cc]([1-9]|1[01])\\z")]
    private static partial Regex ActionLineId();

    public static ScaffoldResult Priority(IReadOnlyList<RawFile> files, string actionLine)
    {
        if (Folder(files, actionLine, out var folder) is { } error) return ScaffoldResult.Fail(error);
        var path = $"{ContentParser.ActionLinesFolder}{folder}/priorities.yml";
        var id = folder.ToUpperInvariant();
        var (file, openError) = OpenList(files, path, folder, "priorities", "priorities: []");
        if (file is null) return ScaffoldResult.Fail(openError!);
        if (file.CannotInsert("priorities", path) is { } flow) return ScaffoldResult.Fail(flow);
        var numbers = Items(file.Root, "priorities")
            .Select(item => item["number"] is YamlScalar s && int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .ToList();
        if (numbers.Count > 0 && numbers.Max() == int.MaxValue)
            return ScaffoldResult.Fail($"Priority {int.MaxValue} of {id} is the largest number there can be, so there is no next one. Check the numbers in {path}.");
        var number = numbers.Count == 0 ? 1 : numbers.Max() + 1;
        var line = file.Insert("priorities",
        [
            $"- number: {number}",
            "key_phrase: \"\"      # required: the phrase the source sets in bold, exactly as it appears in text",
            "text: \"\"            # required: the full text, word for word, with the key phrase in **bold**",
            "sdgs: []            # goals (\"9\") or targets (\"9.c\") the source links; [] if it gives none",
            "stakeholders: []    # groups from stakeholders.yml the text names, such as [governments], or: all",
            "# note: \"\"         # optional editor's note, such as a judged reading",
        ]);
        return ScaffoldResult.Ok(new Scaffolded(path, file.ToString(), line, $"priority {number} of {id}", ["key_phrase", "text", "sdgs", "stakeholders"], !Exists(files, path)));
    }

    public static ScaffoldResult Row(IReadOnlyList<RawFile> files, string actionLine, string groupSlug, string? label)
    {
        if (Folder(files, actionLine, out var folder) is { } error) return ScaffoldResult.Fail(error);
        if (RoadmapGroups.FromSlug(groupSlug) is not { } group)
            return ScaffoldResult.Fail($"Unknown roadmap group '{groupSlug}'. Use --group geneva (Geneva Plan of Action and Tunis Agenda) or --group wsis10 (WSIS+10 outcome documents).");
        if (label is not null && !Slugs.IsSafeLabel(label))
            return ScaffoldResult.Fail($"The label '{label}' cannot be used: labels are up to 8 letters and digits, such as 'A', 'B1' or 'ii'.");
        var path = $"{ContentParser.ActionLinesFolder}{folder}/roadmap.yml";
        var id = folder.ToUpperInvariant();
        var (file, openError) = OpenList(files, path, folder, "roadmap", "rows: []");
        if (file is null) return ScaffoldResult.Fail(openError!);
        if (file.CannotInsert("rows", path) is { } flow) return ScaffoldResult.Fail(flow);
        var rows = Items(file.Root, "rows");
        var inGroup = rows.Where(r => r["group"] is YamlScalar g && g.Value == group.Slug()).ToList();
        var labels = inGroup.Select(r => r["label"] is YamlScalar l ? l.Value.Trim() : "").Where(l => l.Length > 0).ToList();
        label ??= Labels.Next(labels, upperCaseWhenEmpty: group == RoadmapGroup.Geneva);
        if (label is null)
            return ScaffoldResult.Fail($"The next label after '{labels[^1]}' cannot be guessed. Name it: dotnet run -- new row {id} --group {group.Slug()} --label X");
        if (labels.Contains(label, StringComparer.OrdinalIgnoreCase))
            return ScaffoldResult.Fail($"Row '{label}' of the {group.Title()} group of {id} exists already (labels are unique ignoring case). Choose another --label.");
        string[] entry =
        [
            $"- group: {group.Slug()}",
            $"label: \"{label}\"",
            "outcome: \"\"               # required: the WSIS outcome, word for word (Markdown; sub-points as a '- ' list)",
            "# timing: \"2016-2019\"     # as in the source; leave out if the cell is empty",
            "itu_goals: []             # one entry per goal, resolution or programme named in the cell",
            "sdgs: []                  # goals (\"9\"), targets (\"9.c\"), or '- target: \"9.c\"' with 'text: …'",
            "expected_results: []      # one '- result' per line",
            "itu_activities: []        # one '- activity' per line",
            "stakeholders: []          # groups from stakeholders.yml, such as [governments, itu], or: all",
            "# note: \"\"                # optional editor's note",
        ];
        // Rows stay grouped: after the group's last row, or a new Geneva group goes before the WSIS+10 rows.
        var line = inGroup.Count > 0 ? file.Insert("rows", entry, inGroup[^1])
            : group == RoadmapGroup.Geneva && rows.Count > 0 ? file.InsertBefore(rows[0], entry)
            : file.Insert("rows", entry);
        return ScaffoldResult.Ok(new Scaffolded(path, file.ToString(), line, $"roadmap row '{label}' ({group.Title()}) of {id}", ["outcome", "sdgs", "stakeholders"], !Exists(files, path)));
    }

    public static ScaffoldResult Page(IReadOnlyList<RawFile> files, string slug)
    {
        if (!Slugs.IsSafe(slug)) return ScaffoldResult.Fail($"The page name '{slug}' cannot be used in a web address. Use {Slugs.Rule}.");
        if (PageReader.ReservedSlugs.Contains(slug)) return ScaffoldResult.Fail($"The page name '{slug}' is used by the site itself. Choose another.");
        var path = $"{ContentParser.PagesFolder}{slug}.md";
        if (Exists(files, path)) return ScaffoldResult.Fail($"The page {path} exists already.");
        var orders = files.Where(f => f.Path.StartsWith(ContentParser.PagesFolder, StringComparison.Ordinal) && f.Path.EndsWith(".md", StringComparison.Ordinal))
            .Select(f => OrderOf(f))
            .ToList();
        var order = orders.Count == 0 ? 10 : (int)Math.Min((orders.Max() / 10 + 1) * 10L, int.MaxValue);
        var text = string.Join('\n',
            "---",
            "# yaml-language-server: $schema=../../schemas/page.schema.json",
            "title: \"\"                  # required: the page's title",
            "# description: \"\"          # one sentence for search results and link previews",
            "# source: source-id        # the source document in sources.yml this page transcribes",
            "# action_lines: [C11]      # action lines this page concerns; they link to it and back",
            $"order: {order}".PadRight(27) + "# position in the background menu",
            "---",
            "",
            "");
        return ScaffoldResult.Ok(new Scaffolded(path, text, 3, $"page '{slug}'", ["title", "the Markdown text below the second '---'"], true));
    }

    private static string? Folder(IReadOnlyList<RawFile> files, string actionLine, out string folder)
    {
        folder = actionLine.ToLowerInvariant();
        if (!ActionLineId().IsMatch(actionLine)) return $"'{actionLine}' is not an action line. Action lines are C1 to C11, written like 'C11'.";
        return Exists(files, $"{ContentParser.ActionLinesFolder}{folder}/action-line.md") ? null
            : $"There is no {ContentParser.ActionLinesFolder}{folder}/action-line.md. Add the action line first (see docs/editing.md).";
    }

    /// <summary>The list file of an action line as it is, or a new one with an empty list when it does not exist yet.</summary>
    private static (YamlListText? File, string? Error) OpenList(IReadOnlyList<RawFile> files, string path, string folder, string kind, string emptyList)
    {
        if (Text(files, path, out var text) is { } unreadable) return (null, unreadable);
        text ??= NewFile(kind, $"source: {DefaultSource(files, folder)}", emptyList);
        return YamlListText.Parse(path, text);
    }

    private static string? Text(IReadOnlyList<RawFile> files, string path, out string? text)
    {
        text = null;
        var raw = files.FirstOrDefault(f => f.Path == path);
        if (raw is null) return null;
        var diagnostics = new DiagnosticBag();
        text = TextDecoder.Decode(raw, diagnostics)?.Text;
        var error = diagnostics.Sorted().FirstOrDefault(d => d.IsError);
        return error is null ? null : $"{error.Location}: {error.Message} Fix this first, then run the command again.";
    }

    private static bool Exists(IReadOnlyList<RawFile> files, string path) => files.Any(f => f.Path == path);

    private static string NewFile(string kind, params string[] lines) =>
        string.Join('\n', [$"# yaml-language-server: $schema=../../../schemas/{kind}.schema.json", .. lines, ""]);

    // New priorities or rows usually come from the source the action line already names.
    private static string DefaultSource(IReadOnlyList<RawFile> files, string folder)
    {
        var path = $"{ContentParser.ActionLinesFolder}{folder}/action-line.md";
        if (Text(files, path, out var text) is not null || text is null) return "\"\"   # required: a source id from sources.yml";
        var front = FrontMatter.Split(new SourceFile(path, text), new DiagnosticBag()).FrontMatter;
        return front is YamlMapping map && map["source"] is YamlScalar { IsNull: false } s && Slugs.IsSafe(s.Value) ? s.Value : "\"\"   # required: a source id from sources.yml";
    }

    private static int OrderOf(RawFile page)
    {
        var diagnostics = new DiagnosticBag();
        var file = TextDecoder.Decode(page, diagnostics);
        if (file is null) return 0;
        var front = FrontMatter.Split(file, diagnostics).FrontMatter;
        return front is YamlMapping map && map["order"] is YamlScalar s && int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    private static IReadOnlyList<YamlMapping> Items(YamlMapping root, string key) =>
        root[key] is YamlSequence list ? list.Items.OfType<YamlMapping>().ToList() : [];
}
