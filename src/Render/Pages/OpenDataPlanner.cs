using Wsis.Model;
using Wsis.Render.Views;
using static Wsis.Render.Pages.PlanContext;

namespace Wsis.Render.Pages;

/// <summary>The open-data page: the downloads the export made.</summary>
internal sealed class OpenDataPlanner(PlanContext plan)
{
    public PlannedPage Page()
    {
        var meta = plan.Meta(plan.Words.For("data.html"), Urls.OpenData, "background",
            [new LinkView("Background", Urls.Background)], Template("data.html"));
        var items = plan.Publication.ActionLines.SelectMany(a => a.Items).ToList();
        return new(Urls.OpenData, "data.html",
            new OpenDataView(meta,
                plan.Data.Where(d => d.Listed).Select(d => new DownloadView(d.Name, "/" + d.Path, d.Format, FormatSize(d.Content.Length), d.Description)).ToList(),
                items.Count, items.Sum(i => i.Sdgs.Count),
                plan.Publication.Site.Repository is { } repository ? $"{repository}/blob/{plan.Publication.Site.Branch}/docs/open-data.md" : null),
            meta, At(null));
    }
}
