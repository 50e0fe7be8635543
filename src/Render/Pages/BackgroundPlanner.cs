using Wsis.Model;
using Wsis.Render.Views;
using static Wsis.Render.Pages.PlanContext;

namespace Wsis.Render.Pages;

/// <summary>The background page: the free pages and the source documents.</summary>
internal sealed class BackgroundPlanner(PlanContext plan)
{
    public PlannedPage Page()
    {
        var meta = plan.Meta(plan.Words.For("background.html"), Urls.Background, "background", [], Template("background.html"));
        return new(Urls.Background, "background.html",
            new BackgroundView(meta, plan.Publication.Pages.Select(p => new LinkView(p.Title, Urls.Page(p.Slug))).ToList(),
                plan.Publication.Sources.Select(s => plan.Views.Source(s.Id)!).ToList()),
            meta, At(null));
    }
}
