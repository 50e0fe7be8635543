using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Model;

namespace Wsis.Validate;

/// <summary>Reads an action line's context.yml: sections of background and a timeline of milestones.</summary>
public static class ContextReader
{
    public static ActionLineContext? Read(YamlDocument document, Vocabulary vocabulary, DiagnosticBag diagnostics)
    {
        var root = Fields.OfDocument(document, "context.yml", diagnostics, "source", "sections", "milestones_title", "milestones");
        if (root is null) return null;
        var sections = new List<ContextSection>();
        foreach (var node in root.List("sections"))
        {
            var fields = Fields.Of(node, node.Location, "a context section", diagnostics, "slug", "title", "points", "notes");
            if (fields is null) continue;
            var slug = fields.RequiredText("slug");
            CatalogReader.CheckSlug(slug, fields.LocationOf("slug"), "section slug", diagnostics);
            if (sections.Any(s => s.Slug == slug))
                diagnostics.Error(DiagnosticCodes.DuplicateId, fields.LocationOf("slug"), $"The section '{slug}' is defined twice.", "Give each section its own slug.");
            sections.Add(new ContextSection
            {
                Slug = slug,
                Title = fields.RequiredText("title"),
                Points = fields.TextList("points").Select(p => p.Value).ToList(),
                Notes = fields.Markdown("notes"),
            });
        }
        var milestones = root.List("milestones")
            .Select(node => Fields.Of(node, node.Location, "a milestone", diagnostics, "period", "title", "points", "notes"))
            .OfType<Fields>()
            .Select(fields => new Milestone
            {
                Period = fields.RequiredText("period"),
                Title = fields.Text("title"),
                Points = fields.TextList("points").Select(p => p.Value).ToList(),
                Notes = fields.Markdown("notes"),
            })
            .ToList();
        return new ActionLineContext { SourceId = ActionLineReader.RequiredSource(root, vocabulary, diagnostics), Sections = sections, MilestonesTitle = root.Text("milestones_title") ?? "Milestones", Milestones = milestones };
    }
}
