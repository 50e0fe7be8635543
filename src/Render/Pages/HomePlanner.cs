using Wsis.Model;
using Wsis.Render.Views;
using static Wsis.Render.Pages.PlanContext;

namespace Wsis.Render.Pages;

/// <summary>The home page: what the publication holds, and from which sources.</summary>
internal sealed class HomePlanner(PlanContext plan)
{
    public PlannedPage Page()
    {
        var meta = plan.Meta(new PageWording(plan.Publication.Site.Title, plan.Publication.Site.Description), Urls.Home, "home", [], Content("site.yml")) with { Breadcrumbs = [] };
        var items = plan.Publication.ActionLines.SelectMany(a => a.Items).ToList();
        var citing = items.Count(i => i.Sdgs.Count > 0);
        var citingNone = plan.Publication.ActionLines.Where(a => a.Items.Any() && a.Items.All(i => i.Sdgs.Count == 0)).Select(plan.Views.ActionLineSummary).ToList();
        var pending = plan.Publication.ActionLines.Where(a => !a.HasText).Select(a => a.Id).ToList();
        return new(Urls.Home, "home.html",
            new HomeView(meta, plan.Publication.Site.Description, plan.Publication.ActionLines.Select(plan.Views.ActionLineSummary).ToList(),
                plan.Publication.Goals.Select(plan.Views.GoalSummary).ToList(), plan.Publication.Stakeholders.Select(plan.Views.StakeholderSummary).ToList(),
                items.Count, plan.Publication.Sources.Select(s => (Holding: Holding(s), Order: HoldingOrder(s))).Where(h => h.Holding is not null).OrderBy(h => h.Order).Select(h => h.Holding!).ToList(),
                pending, citing, citingNone),
            meta, At("site.yml"));
    }

    /// <summary>Sources of items first, by their first action line; then context; then background pages.</summary>
    private (int, int, string) HoldingOrder(SourceDocument source)
    {
        var items = plan.Publication.ActionLines.Where(a => a.Items.Any(i => i.SourceId == source.Id)).Select(a => a.Number).DefaultIfEmpty(int.MaxValue).Min();
        var context = plan.Publication.ActionLines.Where(a => a.Context?.SourceId == source.Id).Select(a => a.Number).DefaultIfEmpty(int.MaxValue).Min();
        return (items != int.MaxValue ? 0 : context != int.MaxValue ? 1 : 2, Math.Min(items, context), source.Id);
    }

    /// <summary>What the publication takes from a source, counted from the content; null for a source nothing uses.</summary>
    private HoldingView? Holding(SourceDocument source)
    {
        var items = plan.Publication.ActionLines.SelectMany(a => a.Items).Where(i => i.SourceId == source.Id).ToList();
        var context = plan.Publication.ActionLines.Where(a => a.Context?.SourceId == source.Id).Select(a => a.Id).ToList();
        var pages = plan.Publication.Pages.Where(p => p.SourceId == source.Id).ToList();
        var lines = items.Select(i => i.ActionLineId).Concat(context).Distinct().Select(id => plan.Index.ActionLinesById[id]).OrderBy(a => a.Number).Select(a => a.Id).ToList();
        var priorities = items.Count(i => i is Priority);
        return items.Count + context.Count + pages.Count == 0 ? null
            : new HoldingView(lines, priorities, items.Count - priorities, context.Count > 0, pages.Select(p => p.Title).ToList(), plan.Views.Source(source.Id)!);
    }
}
