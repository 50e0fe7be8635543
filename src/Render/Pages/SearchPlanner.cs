using Wsis.Model;
using Wsis.Render.Views;
using static Wsis.Render.Pages.PlanContext;

namespace Wsis.Render.Pages;

/// <summary>The search page and its filters.</summary>
internal sealed class SearchPlanner(PlanContext plan)
{
    public PlannedPage Page()
    {
        var meta = plan.Meta(plan.Words.For("search.html"), Urls.Search, "search", [], Template("search.html"))
            with { Script = "search.js" };
        var items = plan.Publication.ActionLines.SelectMany(a => a.Items).ToList();
        return new(Urls.Search, "search.html",
            new SearchPageView(meta,
                plan.Publication.ActionLines.Where(a => a.Priorities.Count + a.Roadmap.Count > 0)
                    .Select(a => new FilterOptionView(a.Id, $"{a.Id} {a.Title}", a.Priorities.Count + a.Roadmap.Count)).ToList(),
                plan.Publication.Goals.Select(g => new FilterOptionView(SearchFilter.GoalValue(g.Number), $"SDG {g.Number}: {g.Name}", plan.Index.ItemsByGoal.GetValueOrDefault(g.Number)?.Count ?? 0))
                    .Where(o => o.Count > 0).ToList(),
                plan.Publication.Stakeholders.Select(s => new FilterOptionView(s.Name, s.Name, plan.Index.ItemsByStakeholder.GetValueOrDefault(s.Slug)?.Count ?? 0))
                    .Append(new FilterOptionView(SearchFilter.AllStakeholders, SearchFilter.AllStakeholders, plan.Index.AllStakeholderItems.Count))
                    .Where(o => o.Count > 0).ToList(),
                items.GroupBy(ViewFactory.KindLabel).Select(g => new FilterOptionView(g.Key, ViewFactory.KindPlural(g.Key), g.Count())).ToList()),
            meta, At(null));
    }
}
