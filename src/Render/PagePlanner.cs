using Wsis.Load;
using Wsis.Model;
using Wsis.Render.Pages;

namespace Wsis.Render;

/// <summary>The site map in one place: every page the site has, in a fixed order, each kind planned by its own planner in Pages/.</summary>
/// <remarks>words: the page templates' front matter, which words each page's title and description.</remarks>
public sealed class PagePlanner(Publication publication, ViewFactory views, PageWords words, RenderOptions? options = null, SourceDates? dates = null, IReadOnlyList<DataFile>? data = null)
{
    public IReadOnlyList<PlannedPage> Plan()
    {
        var editLinks = new EditLinks(publication.Site, dates ?? SourceDates.None);
        var context = new PlanContext(publication, views, options ?? new RenderOptions(publication.Site.BaseUrl ?? "http://localhost:8080"), editLinks, data ?? [], words);
        var actionLines = new ActionLinePlanner(context);
        var goals = new GoalPlanner(context);
        var stakeholders = new StakeholderPlanner(context);
        var matrices = new MatrixPlanner(context);
        var sources = new SourcePlanner(context);
        var freePages = new FreePagePlanner(context);
        return
        [
            new HomePlanner(context).Page(),
            actionLines.Index(),
            .. actionLines.Pages(),
            goals.Index(),
            matrices.ByGoal(),
            .. publication.Goals.Select(goals.Page),
            stakeholders.Index(),
            matrices.ByStakeholder(),
            .. publication.Stakeholders.Select(stakeholders.Page),
            stakeholders.All(),
            new BackgroundPlanner(context).Page(),
            .. publication.Sources.SelectMany(sources.Pages),
            .. publication.Sources.Select(sources.Notes).OfType<PlannedPage>(),
            .. publication.Pages.Select(freePages.Page),
            // Handouts print absolute links; with no options they keep the site's own base URL, or none.
            .. new HandoutPlanner(publication, views, options ?? new RenderOptions(publication.Site.BaseUrl ?? ""), editLinks, words).Plan(),
            new SearchPlanner(context).Page(),
            new OpenDataPlanner(context).Page(),
            new NotFoundPlanner(context).Page(),
        ];
    }
}
