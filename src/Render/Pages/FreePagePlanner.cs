using Wsis.Diagnostics;
using Wsis.Model;
using Wsis.Render.Views;
using static Wsis.Render.Pages.PlanContext;

namespace Wsis.Render.Pages;

/// <summary>A free Markdown page of content/pages/, such as "about".</summary>
internal sealed class FreePagePlanner(PlanContext plan)
{
    public PlannedPage Page(Page page)
    {
        var url = Urls.Page(page.Slug);
        var meta = plan.Meta(new PageWording(page.Title, page.Description ?? page.Title), url, "background", [new LinkView("Background", Urls.Background)], Content(page.File));
        return new(url, "page.html",
            new FreePageView(meta, plan.Views.Markdown(page.Body, SourceLocation.File(page.File)), plan.Views.Source(page.SourceId),
                page.ActionLines.Where(plan.Index.ActionLinesById.ContainsKey).Select(id => new LinkView($"{id} {plan.Index.ActionLinesById[id].Title}", Urls.ActionLine(id))).ToList()),
            meta, SourceLocation.File(page.File));
    }
}
