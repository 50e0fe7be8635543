using Wsis.Model;
using Wsis.Render;

namespace Wsis.Editions;

/// <summary>The pages of the site a change shows on: the item's own, its action line's and handout, and the lists it is on.</summary>
public static class ChangePages
{
    public static IReadOnlyList<string> Of(ItemChange change) =>
        new[] { change.Before?.Item, change.After?.Item }.OfType<IItem>()
            .SelectMany(Pages)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<string> Pages(IItem item)
    {
        yield return Urls.Item(item);
        yield return Urls.ActionLine(item.ActionLineId);
        yield return Urls.Handout(item.ActionLineId);
        foreach (var goal in item.Sdgs.Select(l => l.Goal).Distinct().Order()) yield return Urls.Goal(goal);
        foreach (var slug in item.Stakeholders.Slugs.Order(StringComparer.Ordinal)) yield return Urls.Stakeholder(slug);
        if (item.Stakeholders.All) yield return Urls.AllStakeholders;
    }
}
