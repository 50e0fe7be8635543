using System.Globalization;
using System.Text.RegularExpressions;
using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Model;

namespace Wsis.Validate;

/// <summary>Reads one action line folder: its overview, priorities, roadmap and context.</summary>
public static partial class ActionLineReader
{
    public static readonly string[] Statuses = [.. ActionLineStatuses.All.Select(s => s.Slug())];

    [GeneratedRegex("^C([1-9]|1[01])\\z")]
    private static partial Regex IdPattern();

    public static ActionLine? Read(LoadedActionLine loaded, Vocabulary vocabulary, DiagnosticBag diagnostics)
    {
        var overview = loaded.Overview;
        if (overview?.FrontMatter is null) return null;
        var fields = Fields.Of(overview.FrontMatter, SourceLocation.File(overview.File.Path), "an action line", diagnostics,
            "id", "title", "facilitators", "facilitators_source", "source", "status", "related_pages", "sub_lines");
        if (fields is null) return null;

        MarkupCheck.Body(overview, diagnostics);
        var id = fields.RequiredText("id");
        if (id.Length > 0 && !IdPattern().IsMatch(id))
            diagnostics.Error(DiagnosticCodes.InvalidValue, fields.LocationOf("id"), $"'{id}' is not a WSIS action line id.", "Action lines are C1 to C11.");
        else if (id.Length > 0 && id.ToLowerInvariant() != loaded.Folder)
            diagnostics.Error(DiagnosticCodes.IdMismatch, fields.LocationOf("id"), $"The action line '{id}' is in the folder '{loaded.Folder}'.",
                $"Move the file to action-lines/{id.ToLowerInvariant()}/ or change the id to '{loaded.Folder.ToUpperInvariant()}'.");
        var status = fields.RequiredText("status");
        CatalogReader.CheckVocabulary(status, Statuses, fields.LocationOf("status"), "status", diagnostics);
        var source = OptionalReference(fields, "source", vocabulary.Sources, "source", diagnostics, vocabulary.SourcesComplete);
        var relatedPages = fields.TextList("related_pages")
            .Where(p => CheckReference(p.Value, p.Location, vocabulary.Pages, "page", diagnostics))
            .Select(p => p.Value).ToList();

        var files = new[] { overview.File.Path, loaded.Priorities?.File.Path, loaded.Roadmap?.File.Path, loaded.Context?.File.Path }
            .OfType<string>().ToList();
        return new ActionLine
        {
            Id = id,
            Number = id.Length > 1 && int.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0,
            Title = fields.RequiredText("title"),
            Facilitators = ReadFacilitators(fields, diagnostics),
            FacilitatorsSource = fields.Text("facilitators_source"),
            SourceId = source,
            Status = ActionLineStatuses.FromSlug(status) ?? ActionLineStatus.NotPublished, // an unknown one is reported above
            Overview = overview.Body,
            RelatedPages = relatedPages,
            SubLines = ReadSubLines(fields, diagnostics),
            Priorities = loaded.Priorities is null ? [] : PriorityReader.Read(loaded.Priorities, id, vocabulary, diagnostics),
            Roadmap = loaded.Roadmap is null ? [] : RoadmapReader.Read(loaded.Roadmap, id, vocabulary, diagnostics),
            Context = loaded.Context is null ? null : ContextReader.Read(loaded.Context, vocabulary, diagnostics),
            Files = files,
        };
    }

    private static IReadOnlyList<Facilitator> ReadFacilitators(Fields fields, DiagnosticBag diagnostics) =>
        fields.List("facilitators")
            .Select(node => Fields.Of(node, node.Location, "a facilitator", diagnostics, "name", "role"))
            .OfType<Fields>()
            .Select(f => new Facilitator(f.RequiredText("name"), f.Text("role")))
            .ToList();

    private static IReadOnlyList<SubLine> ReadSubLines(Fields fields, DiagnosticBag diagnostics)
    {
        var result = new List<SubLine>();
        foreach (var node in fields.List("sub_lines"))
        {
            var sub = Fields.Of(node, node.Location, "a sub-line", diagnostics, "id", "title", "facilitators");
            if (sub is null) continue;
            var id = sub.RequiredText("id");
            CatalogReader.CheckSlug(id, sub.LocationOf("id"), "sub-line id", diagnostics);
            if (result.Any(s => s.Id == id))
                diagnostics.Error(DiagnosticCodes.DuplicateId, sub.LocationOf("id"), $"The sub-line '{id}' is listed twice.", "Give each sub-line its own id.");
            result.Add(new SubLine { Id = id, Title = sub.RequiredText("title"), Facilitators = ReadFacilitators(sub, diagnostics) });
        }
        return result;
    }

    internal static string? OptionalReference(Fields fields, string name, IReadOnlySet<string> known, string what, DiagnosticBag diagnostics, bool complete = true)
    {
        var value = fields.Text(name);
        return value is not null && CheckReference(value, fields.LocationOf(name), known, what, diagnostics, complete) ? value : null;
    }

    internal static string RequiredSource(Fields fields, Vocabulary vocabulary, DiagnosticBag diagnostics)
    {
        var value = fields.RequiredText("source");
        return value.Length > 0 && CheckReference(value, fields.LocationOf("source"), vocabulary.Sources, "source", diagnostics, vocabulary.SourcesComplete) ? value : "";
    }

    internal static bool CheckReference(string value, SourceLocation at, IReadOnlySet<string> known, string what, DiagnosticBag diagnostics, bool complete = true)
    {
        if (known.Contains(value)) return true;
        if (!complete) return false;
        var code = what == "source" ? DiagnosticCodes.UnknownSource : DiagnosticCodes.UnknownReference;
        diagnostics.Error(code, at, $"Unknown {what} '{value}'.",
            Suggestions.DidYouMean(value, known) ?? $"Known: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
        return false;
    }
}
