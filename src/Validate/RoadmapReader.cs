using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Model;

namespace Wsis.Validate;

/// <summary>Reads an action line's roadmap.yml.</summary>
public static class RoadmapReader
{
    public static IReadOnlyList<RoadmapRow> Read(YamlDocument document, string actionLineId, Vocabulary vocabulary, DiagnosticBag diagnostics)
    {
        var root = Fields.OfDocument(document, "roadmap.yml", diagnostics, "source", "results_split", "rows");
        if (root is null) return [];
        var source = ActionLineReader.RequiredSource(root, vocabulary, diagnostics);
        var editorialSplit = ReadResultsSplit(root, diagnostics);
        var result = new List<RoadmapRow>();
        var bySlug = new Dictionary<string, RoadmapRow>(StringComparer.Ordinal); // the first row of each slug in result
        foreach (var node in root.List("rows", required: true))
        {
            var fields = Fields.Of(node, node.Location, "a roadmap row", diagnostics,
                "group", "label", "outcome", "timing", "itu_goals", "sdgs", "expected_results", "itu_activities", "stakeholders", "note");
            if (fields is null) continue;
            var groupText = fields.RequiredText("group");
            var group = RoadmapGroups.FromSlug(groupText);
            if (group is null && groupText.Length > 0)
                diagnostics.Error(DiagnosticCodes.InvalidValue, fields.LocationOf("group"), $"Unknown roadmap group '{groupText}'.",
                    Suggestions.DidYouMean(groupText, RoadmapGroups.All.Select(g => g.Slug())) ?? "Use 'geneva' or 'wsis10'.");
            var label = ReadLabel(fields, diagnostics);
            var row = new RoadmapRow
            {
                ActionLineId = actionLineId,
                Group = group ?? RoadmapGroup.Geneva,
                Label = label,
                Outcome = fields.RequiredMarkdown("outcome"),
                Timing = fields.Text("timing"),
                ItuGoals = fields.TextList("itu_goals").Select(s => s.Value).ToList(),
                Sdgs = SdgReader.Read(fields, vocabulary, diagnostics),
                ExpectedResults = fields.MarkdownList("expected_results").Select(s => s.Value).ToList(),
                ItuActivities = fields.MarkdownList("itu_activities").Select(s => s.Value).ToList(),
                EditorialSplit = editorialSplit,
                ActivitiesFirst = fields.Node("itu_activities") is { } activities && fields.Node("expected_results") is { } results
                    && activities.Location.Line < results.Location.Line,
                Stakeholders = StakeholderReader.Read(fields, vocabulary, diagnostics),
                Note = fields.Text("note"),
                SourceId = source,
                Location = fields.Location,
            };
            if (label.Length > 0 && group is not null && bySlug.TryGetValue(row.Slug, out var twin))
                diagnostics.Error(DiagnosticCodes.DuplicateId, fields.LocationOf("label"),
                    $"Row '{label}' of the {group.Value.Title()} group is defined twice (first at line {twin.Location.Line}).",
                    "Labels must be unique within a group, ignoring case.");
            if (row.ExpectedResults.Count == 0)
                diagnostics.Warning(DiagnosticCodes.EmptyList, fields.Location, $"Row '{label}' ({row.Group.Title()}) of {actionLineId} has no expected results.",
                    "Add 'expected_results:' with one '- result' per line, if the source gives any.");
            if (row.Sdgs.Count == 0)
                diagnostics.Warning(DiagnosticCodes.NoSdg, fields.Location, $"Row '{label}' ({row.Group.Title()}) of {actionLineId} has no SDG link.", "Add 'sdgs:' if the source gives any.");
            bySlug.TryAdd(row.Slug, row);
            result.Add(row);
        }
        return result;
    }

    // "source": the source's cells have their own "Expected Results:" and "ITU Activities:" headings;
    // "editorial": the column has none, and the division into the two lists is the transcriber's.
    private static bool ReadResultsSplit(Fields root, DiagnosticBag diagnostics)
    {
        var value = root.Text("results_split") ?? "source";
        if (value is "source" or "editorial") return value == "editorial";
        diagnostics.Error(DiagnosticCodes.InvalidValue, root.LocationOf("results_split"), $"Unknown results_split '{value}'.",
            Suggestions.DidYouMean(value, ["source", "editorial"])
                ?? "Use 'source' when the source's cells head their expected results and ITU activities, 'editorial' when the division is yours.");
        return false;
    }

    private static string ReadLabel(Fields fields, DiagnosticBag diagnostics)
    {
        var raw = fields.RequiredText("label");
        var label = raw.Trim();
        if (label != raw)
            diagnostics.Warning(DiagnosticCodes.TrailingSpace, fields.LocationOf("label"), $"The label '{raw}' has spaces around it.", $"Write it as '{label}'.");
        if (label.Length > 0 && !Slugs.IsSafeLabel(label))
        {
            diagnostics.Error(DiagnosticCodes.UnsafePath, fields.LocationOf("label"), $"The label '{label}' cannot be used in a web address.",
                "Labels are up to 8 letters and digits, such as 'A', 'B1' or 'ii'.");
            return "";
        }
        return label;
    }
}
