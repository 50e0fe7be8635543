using Wsis.Model;
using Wsis.Render.Views;
using static Wsis.Render.Pages.PlanContext;

namespace Wsis.Render.Pages;

/// <summary>The page served for an address the site does not have.</summary>
internal sealed class NotFoundPlanner(PlanContext plan)
{
    public PlannedPage Page()
    {
        var meta = plan.Meta(plan.Words.For("404.html"), "/404.html", "none", [], Template("404.html")) with { NoIndex = true, EditUrl = null, LastChanged = null };
        return new("/404.html", "404.html", new NotFoundView(meta), meta, At(null));
    }
}
