using Wsis.Model;
using Wsis.Render.Views;
using static Wsis.Render.Pages.PlanContext;

namespace Wsis.Render.Pages;

/// <summary>The list of Sustainable Development Goals and the page of each, with the items linked to it.</summary>
internal sealed class GoalPlanner(PlanContext plan)
{
    public PlannedPage Index()
    {
        var meta = plan.Meta("Sustainable Development Goals", "The 17 Sustainable Development Goals and the WSIS priorities and roadmap rows linked to each.", Urls.Sdgs, "sdgs", [], Content("sdgs.yml"));
        return new(Urls.Sdgs, "sdgs.html", new GoalIndexView(meta, plan.Publication.Goals.Select(plan.Views.GoalSummary).ToList()), meta, At("sdgs.yml"));
    }

    public PlannedPage Page(Goal goal)
    {
        var url = Urls.Goal(goal.Number);
        var items = plan.Index.ItemsByGoal.GetValueOrDefault(goal.Number) ?? [];
        var meta = plan.Meta($"SDG {goal.Number}: {goal.Name}", $"WSIS priorities and roadmap rows linked to Sustainable Development Goal {goal.Number}, {goal.Name}.", url, "sdgs",
            [new LinkView("SDGs", Urls.Sdgs)], Content("sdgs.yml"));
        var targets = goal.Targets.Where(plan.Index.ItemsByTarget.ContainsKey)
            .Select(t => new TargetView(t, Urls.TargetAnchor(t), plan.Views.Wordings(t), plan.Views.Items(plan.Index.ItemsByTarget[t])))
            .ToList();
        return new(url, "sdg.html", new GoalPageView(meta, plan.Views.GoalSummary(goal), targets, plan.Views.GroupByActionLine(items), items.Count), meta, At("sdgs.yml"));
    }
}
