using Wsis.Model;
using Wsis.Render.Views;
using static Wsis.Render.Pages.PlanContext;

namespace Wsis.Render.Pages;

/// <summary>The page of one priority or roadmap row, with its citation and the items under the same targets.</summary>
internal sealed class ItemPlanner(PlanContext plan)
{
    // Every item of an action line under a target lists the same others, so they share one list: a list per page would
    // keep items × items entries in the plan (at 40,000 items, hundreds of MB before the first page is drawn).
    private readonly Dictionary<(string Target, string ActionLineId), IReadOnlyList<ItemView>> _othersUnder = [];

    public PlannedPage Page(ActionLine line, IItem item, IItem? previous, IItem? next)
    {
        var view = plan.Views.Item(item);
        var meta = plan.Meta(plan.Words.For("item.html", ("item", view)), view.Url, "action-lines",
            [new LinkView("Action lines", Urls.ActionLines), new LinkView($"{line.Id} {line.Title}", Urls.ActionLine(line.Id))],
            Content(item.Location.Path));
        var alsoUnder = item.Sdgs.Where(l => l.Target is not null)
            .Select(l => new AlsoUnderView(plan.Views.Badge(l.Goal, l.Target),
                OthersUnder(l.Target!, item.ActionLineId)))
            .Where(a => a.Items.Count > 0)
            .ToList();
        var absolute = plan.Options.Absolute(view.Url);
        return new(view.Url, "item.html",
            new ItemPageView(meta, view, alsoUnder,
                previous is null ? null : new LinkView(plan.Views.Item(previous).Title, Urls.Item(previous)),
                next is null ? null : new LinkView(plan.Views.Item(next).Title, Urls.Item(next)),
                Citation(item, absolute)),
            meta, item.Location);
    }

    private IReadOnlyList<ItemView> OthersUnder(string target, string actionLineId)
    {
        if (!_othersUnder.TryGetValue((target, actionLineId), out var others))
            _othersUnder[(target, actionLineId)] = others = plan.Views.Items(plan.Index.ItemsByTarget[target].Where(other => other.ActionLineId != actionLineId));
        return others;
    }

    /// <summary>The parts a reader needs to find the text again; the template words them.</summary>
    private CitationView Citation(IItem item, string absoluteUrl)
    {
        var source = plan.Index.SourcesById.GetValueOrDefault(item.SourceId);
        return new CitationView(source?.Publisher, source?.Date, plan.Publication.Site.Title, plan.Publication.Site.ContentDate, absoluteUrl);
    }
}
