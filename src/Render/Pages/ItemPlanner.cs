using Wsis.Model;
using Wsis.Render.Views;
using static Wsis.Render.Pages.PlanContext;

namespace Wsis.Render.Pages;

/// <summary>The page of one priority or roadmap row, with its citation and the items under the same targets.</summary>
internal sealed class ItemPlanner(PlanContext plan)
{
    public PlannedPage Page(ActionLine line, IItem item, IItem? previous, IItem? next)
    {
        var view = plan.Views.Item(item);
        var meta = plan.Meta($"{line.Id} {view.Title}", view.Summary, view.Url, "action-lines",
            [new LinkView("Action lines", Urls.ActionLines), new LinkView($"{line.Id} {line.Title}", Urls.ActionLine(line.Id))],
            Content(item.Location.Path)) with { Crumb = view.ShortTitle };
        var alsoUnder = item.Sdgs.Where(l => l.Target is not null)
            .Select(l => new AlsoUnderView(plan.Views.Badge(l.Goal, l.Target),
                plan.Views.Items(plan.Index.ItemsByTarget[l.Target!].Where(other => other.ActionLineId != item.ActionLineId))))
            .Where(a => a.Items.Count > 0)
            .ToList();
        var absolute = plan.Options.Absolute(view.Url);
        return new(view.Url, "item.html",
            new ItemPageView(meta, view, alsoUnder,
                previous is null ? null : new LinkView(plan.Views.Item(previous).Title, Urls.Item(previous)),
                next is null ? null : new LinkView(plan.Views.Item(next).Title, Urls.Item(next)),
                Citation(item, absolute), absolute),
            meta, item.Location);
    }

    /// <summary>"Title". In: Source (Publisher, date). Site title. URL: the parts a reader needs to find the text again.</summary>
    private string Citation(IItem item, string absoluteUrl)
    {
        var source = plan.Index.SourcesById.GetValueOrDefault(item.SourceId);
        var facts = string.Join(", ", new[] { source?.Publisher, source?.Date ?? "n.d." }.OfType<string>());
        var asOf = plan.Publication.Site.ContentDate is { } date ? $", content as of {date}" : "";
        return $"“{item.ActionLineId} {plan.Views.Item(item).Title}”. In: {source?.Title ?? item.SourceId} ({facts}). {plan.Publication.Site.Title}{asOf}. {absoluteUrl}";
    }
}
