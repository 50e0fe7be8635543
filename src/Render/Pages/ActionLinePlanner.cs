using System.Globalization;
using Wsis.Diagnostics;
using Wsis.Model;
using Wsis.Render.Views;
using static Wsis.Render.Pages.PlanContext;

namespace Wsis.Render.Pages;

/// <summary>The list of action lines and each action line's page, each followed by the pages of its items.</summary>
internal sealed class ActionLinePlanner(PlanContext plan)
{
    public PlannedPage Index()
    {
        var meta = plan.Meta(plan.Words.For("action-lines.html"), Urls.ActionLines, "action-lines", [], Template("action-lines.html"));
        return new(Urls.ActionLines, "action-lines.html", new ActionLineIndexView(meta, plan.Publication.ActionLines.Select(plan.Views.ActionLineSummary).ToList(), FacilitatorNotes()), meta, At(null));
    }

    private IReadOnlyList<FacilitatorNoteView> FacilitatorNotes() =>
        plan.Publication.ActionLines
            .Select(line => (line.Id, Provenance: plan.Views.FacilitatorsProvenance(line)))
            .Where(l => l.Provenance is not null)
            .GroupBy(l => l.Provenance!, StringComparer.Ordinal)
            .Select(g => new FacilitatorNoteView(g.Select(l => l.Id).ToList(), g.Key))
            .ToList();

    /// <summary>The page of the action line at this place in the publication, then its items' pages.</summary>
    public IEnumerable<PlannedPage> Pages(int index)
    {
        var lines = plan.Publication.ActionLines;
        var items = new ItemPlanner(plan);
        var line = lines[index];
        yield return Page(line, index > 0 ? lines[index - 1] : null, index + 1 < lines.Count ? lines[index + 1] : null);
        var lineItems = line.Items.ToList();
        for (var j = 0; j < lineItems.Count; j++)
            yield return items.Page(line, lineItems[j], j > 0 ? lineItems[j - 1] : null, j + 1 < lineItems.Count ? lineItems[j + 1] : null);
    }

    private PlannedPage Page(ActionLine line, ActionLine? previous, ActionLine? next)
    {
        var url = Urls.ActionLine(line.Id);
        var meta = plan.Meta(plan.Words.For("action-line.html", ("line", plan.Views.ActionLineSummary(line)), ("overview", plan.Views.PlainText(line.Overview))),
            url, "action-lines", [new LinkView("Action lines", Urls.ActionLines)], Content(line.Files[0]));
        var groups = RoadmapGroups.All
            .Select(g => new RoadmapGroupView(g.Slug(), g.Title(), $"roadmap-{g.Slug()}", plan.Views.Rows(line.Roadmap.Where(r => r.Group == g))))
            .Where(g => g.Rows.Count > 0)
            .ToList();
        var context = line.Context;
        // The parts the template lists under "On this page": priorities, each roadmap group, the overview, the context sections, the milestones.
        var parts = (line.Priorities.Count > 0 ? 1 : 0) + groups.Count + 1 + (context?.Sections.Count ?? 0) + (context?.Milestones.Count > 0 ? 1 : 0);
        var source = plan.Views.Source(line.SourceId);
        // How many of the line's items each filter option shows, counted in one pass (not once per goal and group).
        var itemsByGoal = line.Items.SelectMany(i => i.Sdgs.Select(l => l.Goal).Distinct()).CountBy(g => g).ToDictionary();
        var itemsByStakeholder = line.Items.SelectMany(i => i.Stakeholders.Slugs.Distinct(StringComparer.Ordinal)).CountBy(s => s, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var view = new ActionLinePageView
        {
            Meta = meta,
            Id = line.Id,
            Title = line.Title,
            Facilitators = ViewFactory.FacilitatorText(line.Facilitators),
            FacilitatorsSource = plan.Views.FacilitatorsProvenance(line),
            SubLines = line.SubLines.Select(s => new SubLineView(s.Id, s.Title, ViewFactory.FacilitatorText(s.Facilitators))).ToList(),
            Status = line.Status.Slug(),
            StatusLabel = line.Status.Label(),
            Source = source is null ? null : new LinkView(source.Title, source.Url),
            SourceNote = source?.Note,
            Overview = plan.Views.Markdown(line.Overview, SourceLocation.File(line.Files[0])),
            RelatedPages = line.RelatedPages.Select(p => new LinkView(plan.Index.PagesBySlug[p].Title, Urls.Page(p)))
                .Concat(plan.Publication.Pages.Where(p => p.ActionLines.Contains(line.Id) && !line.RelatedPages.Contains(p.Slug)).Select(p => new LinkView(p.Title, Urls.Page(p.Slug))))
                .ToList(),
            Priorities = plan.Views.Priorities(line.Priorities),
            RoadmapGroups = groups,
            RowCount = line.Roadmap.Count,
            ContextSections = context?.Sections.Select(s => new ContextSectionView(s.Slug, s.Title, s.Points, plan.Views.Markdown(s.Notes, SourceLocation.File(line.Files[^1])))).ToList() ?? [],
            MilestonesTitle = context?.MilestonesTitle,
            Milestones = context?.Milestones.Select(m => new MilestoneView(m.Period, m.Title, m.Points, plan.Views.Markdown(m.Notes, SourceLocation.File(line.Files[^1])))).ToList() ?? [],
            ContextSource = plan.Views.Source(context?.SourceId) is { } cs ? new LinkView(cs.Title, cs.Url) : null,
            ShowContents = parts > 2,
            Previous = previous is null ? null : new LinkView($"{previous.Id} {previous.Title}", Urls.ActionLine(previous.Id)),
            Next = next is null ? null : new LinkView($"{next.Id} {next.Title}", Urls.ActionLine(next.Id)),
            SdgFilter = plan.Publication.Goals
                .Select(g => new FilterOptionView(g.Number.ToString(CultureInfo.InvariantCulture), $"SDG {g.Number}: {g.Name}", itemsByGoal.GetValueOrDefault(g.Number)))
                .Where(o => o.Count > 0)
                .ToList(),
            StakeholderFilter = plan.Publication.Stakeholders
                .Select(s => new FilterOptionView(s.Slug, s.Name, itemsByStakeholder.GetValueOrDefault(s.Slug)))
                .Append(new FilterOptionView("all", SearchFilter.AllStakeholders, line.Items.Count(i => i.Stakeholders.All)))
                .Where(o => o.Count > 0)
                .ToList(),
            ItemCount = line.Priorities.Count + line.Roadmap.Count,
            HasText = line.HasText,
        };
        return new(url, "action-line.html", view, meta, SourceLocation.File(line.Files[0]));
    }
}
