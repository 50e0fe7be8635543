using Wsis.Model;
using Wsis.Render.Views;
using static Wsis.Render.Pages.PlanContext;

namespace Wsis.Render.Pages;

/// <summary>The list of Sustainable Development Goals and the page of each, with the items linked to it.</summary>
internal sealed class GoalPlanner(PlanContext plan)
{
    public PlannedPage Index()
    {
        var meta = plan.Meta(plan.Words.For("sdgs.html"), Urls.Sdgs, "sdgs", [], Content("sdgs.yml"));
        return new(Urls.Sdgs, "sdgs.html", new GoalIndexView(meta, plan.Publication.Goals.Select(plan.Views.GoalSummary).ToList()), meta, At("sdgs.yml"));
    }

    public PlannedPage Page(Goal goal)
    {
        var url = Urls.Goal(goal.Number);
        var items = plan.Index.ItemsByGoal.GetValueOrDefault(goal.Number) ?? [];
        var summary = plan.Views.GoalSummary(goal);
        // The goal's name is content, the sentence the template's: "Edit this page" keeps the content file.
        var meta = plan.Meta(plan.Words.For("sdg.html", ("goal", summary)), url, "sdgs", [new LinkView("SDGs", Urls.Sdgs)], Content("sdgs.yml"));
        var targets = goal.Targets.Where(plan.Index.ItemsByTarget.ContainsKey)
            .Select(t => new TargetView(t, Urls.TargetAnchor(t), plan.Views.Wordings(t), plan.Views.Items(plan.Index.ItemsByTarget[t])))
            .ToList();
        return new(url, "sdg.html", new GoalPageView(meta, summary, targets, plan.Views.GroupByActionLine(items), items.Count), meta, At("sdgs.yml"));
    }
}
