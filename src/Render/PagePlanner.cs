using Wsis.Load;
using Wsis.Model;
using Wsis.Render.Pages;

namespace Wsis.Render;

/// <summary>The site map in one place: every page the site has, in a fixed order, each kind planned by its own planner in Pages/.</summary>
/// <remarks>words: the page templates' front matter, which words each page's title and description. data: the open data's
/// files, which may still be being made (on the other core): only the page that lists them waits for them.</remarks>
public sealed class PagePlanner(Publication publication, ViewFactory views, PageWords words, RenderOptions? options = null, SourceDates? dates = null, Task<IReadOnlyList<DataFile>>? data = null)
{
    private static readonly Task<IReadOnlyList<DataFile>> NoData = Task.FromResult<IReadOnlyList<DataFile>>([]);

    public IReadOnlyList<PlannedPage> Plan()
    {
        var editLinks = new EditLinks(publication.Site, dates ?? SourceDates.None);
        var siteOptions = options ?? new RenderOptions(publication.Site.BaseUrl ?? "http://localhost:8080");
        // Parts of the site map, each planned on whichever core is free with wordings of its own thread, then put
        // together in this order: one after another they were most of serve's rebuild before the render (docs/speed.md).
        Func<PlanContext, IEnumerable<PlannedPage>>[] parts =
        [
            plan => [new HomePlanner(plan).Page(), new ActionLinePlanner(plan).Index()],
            .. Enumerable.Range(0, publication.ActionLines.Count).Select(i => (Func<PlanContext, IEnumerable<PlannedPage>>)(plan => new ActionLinePlanner(plan).Pages(i))),
            plan =>
            {
                var goals = new GoalPlanner(plan);
                return [goals.Index(), new MatrixPlanner(plan).ByGoal(), .. publication.Goals.Select(goals.Page)];
            },
            plan =>
            {
                var stakeholders = new StakeholderPlanner(plan);
                return [stakeholders.Index(), new MatrixPlanner(plan).ByStakeholder(), .. publication.Stakeholders.Select(stakeholders.Page), stakeholders.All()];
            },
            plan =>
            {
                var sources = new SourcePlanner(plan);
                var freePages = new FreePagePlanner(plan);
                return
                [
                    new BackgroundPlanner(plan).Page(),
                    .. publication.Sources.SelectMany(sources.Pages),
                    .. publication.Sources.Select(sources.Notes).OfType<PlannedPage>(),
                    .. publication.Pages.Select(freePages.Page),
                ];
            },
            // Handouts print absolute links; with no options they keep the site's own base URL, or none.
            plan => new HandoutPlanner(publication, views, options ?? new RenderOptions(publication.Site.BaseUrl ?? ""), editLinks, plan.Words).Plan(),
            plan => [new SearchPlanner(plan).Page(), new OpenDataPlanner(plan).Page(), new NotFoundPlanner(plan).Page()],
        ];
        var planned = new IReadOnlyList<PlannedPage>[parts.Length];
        Parallel.For(0, parts.Length, words.ForAnotherThread, (i, _, own) =>
        {
            planned[i] = parts[i](new PlanContext(publication, views, siteOptions, editLinks, data ?? NoData, own)).ToList();
            return own;
        }, _ => { });
        return [.. planned.SelectMany(p => p)];
    }
}
