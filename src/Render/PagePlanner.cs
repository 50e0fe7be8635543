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
        var siteOptions = options ?? new RenderOptions(publication.Site.BaseUrl ?? "http://localhost:8080");
        PlanContext Context(PageWords own) => new(publication, views, siteOptions, editLinks, data ?? [], own);
        // Parts of the site map, each planned on whichever core is free with wordings of its own thread, then put
        // together in this order: one after another they were most of serve's rebuild before the render (docs/speed.md).
        Func<PageWords, IEnumerable<PlannedPage>>[] parts =
        [
            own => [new HomePlanner(Context(own)).Page(), new ActionLinePlanner(Context(own)).Index()],
            .. Enumerable.Range(0, publication.ActionLines.Count).Select(i => (Func<PageWords, IEnumerable<PlannedPage>>)(own => new ActionLinePlanner(Context(own)).Pages(i))),
            own =>
            {
                var goals = new GoalPlanner(Context(own));
                return [goals.Index(), new MatrixPlanner(Context(own)).ByGoal(), .. publication.Goals.Select(goals.Page)];
            },
            own =>
            {
                var stakeholders = new StakeholderPlanner(Context(own));
                return [stakeholders.Index(), new MatrixPlanner(Context(own)).ByStakeholder(), .. publication.Stakeholders.Select(stakeholders.Page), stakeholders.All()];
            },
            own =>
            {
                var sources = new SourcePlanner(Context(own));
                var freePages = new FreePagePlanner(Context(own));
                return
                [
                    new BackgroundPlanner(Context(own)).Page(),
                    .. publication.Sources.SelectMany(sources.Pages),
                    .. publication.Sources.Select(sources.Notes).OfType<PlannedPage>(),
                    .. publication.Pages.Select(freePages.Page),
                ];
            },
            // Handouts print absolute links; with no options they keep the site's own base URL, or none.
            own => new HandoutPlanner(publication, views, options ?? new RenderOptions(publication.Site.BaseUrl ?? ""), editLinks, own).Plan(),
            own => [new SearchPlanner(Context(own)).Page(), new OpenDataPlanner(Context(own)).Page(), new NotFoundPlanner(Context(own)).Page()],
        ];
        var planned = new IReadOnlyList<PlannedPage>[parts.Length];
        Parallel.For(0, parts.Length, words.ForAnotherThread, (i, _, own) =>
        {
            planned[i] = parts[i](own).ToList();
            return own;
        }, _ => { });
        return [.. planned.SelectMany(p => p)];
    }
}
