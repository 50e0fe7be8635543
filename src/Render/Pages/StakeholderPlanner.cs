using Wsis.Model;
using Wsis.Render.Views;
using static Wsis.Render.Pages.PlanContext;

namespace Wsis.Render.Pages;

/// <summary>The list of stakeholder groups, the page of each, and the page of items addressed to all.</summary>
internal sealed class StakeholderPlanner(PlanContext plan)
{
    public PlannedPage Index()
    {
        var meta = plan.Meta(plan.Words.For("stakeholders.html"), Urls.Stakeholders, "stakeholders", [], Content("stakeholders.yml"));
        return new(Urls.Stakeholders, "stakeholders.html",
            new StakeholderIndexView(meta, plan.Publication.Stakeholders.Select(plan.Views.StakeholderSummary).ToList(), plan.Index.AllStakeholderItems.Count), meta, At("stakeholders.yml"));
    }

    public PlannedPage Page(StakeholderGroup group)
    {
        var url = Urls.Stakeholder(group.Slug);
        var items = plan.Index.ItemsByStakeholder.GetValueOrDefault(group.Slug) ?? [];
        var meta = plan.Meta(plan.Words.For("stakeholder.html", ("group", plan.Views.StakeholderSummary(group))), url, "stakeholders",
            [new LinkView("Stakeholders", Urls.Stakeholders)], Content("stakeholders.yml"));
        return new(url, "stakeholder.html",
            new StakeholderPageView(meta, group.Name, group.Description, plan.Views.GroupByActionLine(items), items.Count, IsAll: false, AllCount: plan.Index.AllStakeholderItems.Count), meta, At("stakeholders.yml"));
    }

    public PlannedPage All()
    {
        var items = plan.Index.AllStakeholderItems;
        // The template words this page, as no group of stakeholders.yml describes it.
        var meta = plan.Meta(plan.Words.For("stakeholder.html", ("group", null)), Urls.AllStakeholders, "stakeholders",
            [new LinkView("Stakeholders", Urls.Stakeholders)], Template("stakeholder.html"));
        return new(Urls.AllStakeholders, "stakeholder.html",
            new StakeholderPageView(meta, meta.Title, null, plan.Views.GroupByActionLine(items), items.Count, IsAll: true, AllCount: items.Count),
            meta, At("stakeholders.yml"));
    }
}
