namespace Wsis.Model;

/// <summary>Sorts the validated content by identity and builds every cross-reference once.</summary>
public static class PublicationBuilder
{
    public static Publication Build(ValidatedContent content)
    {
        var actionLines = content.ActionLines
            .OrderBy(a => a.Number)
            .Select(a => a with
            {
                Priorities = a.Priorities.OrderBy(p => p.Number).ToList(),
                Roadmap = a.Roadmap.OrderBy(r => r.Group).ThenBy(r => r.Location.Line).ToList(),
            })
            .ToList();
        var items = actionLines.SelectMany(a => a.Items).ToList();

        var byGoal = new Dictionary<int, List<IItem>>();
        var byTarget = new Dictionary<string, List<IItem>>(StringComparer.Ordinal);
        var byStakeholder = new Dictionary<string, List<IItem>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var goal in item.Sdgs.Select(l => l.Goal).Distinct()) Add(byGoal, goal, item);
            foreach (var link in item.Sdgs.Where(l => l.Target is not null)) Add(byTarget, link.Target!, item);
            foreach (var slug in item.Stakeholders.Slugs) Add(byStakeholder, slug, item);
        }

        return new Publication
        {
            Site = content.Site,
            Sources = content.Sources.OrderBy(s => s.Id, StringComparer.Ordinal).ToList(),
            Goals = content.Goals.OrderBy(g => g.Number).ToList(),
            Stakeholders = content.Stakeholders,
            ActionLines = actionLines,
            Pages = content.Pages.OrderBy(p => p.Order).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList(),
            Index = new PublicationIndex
            {
                ItemsByGoal = byGoal.ToDictionary(e => e.Key, e => (IReadOnlyList<IItem>)e.Value),
                ItemsByTarget = byTarget.ToDictionary(e => e.Key, e => (IReadOnlyList<IItem>)e.Value, StringComparer.Ordinal),
                ItemsByStakeholder = byStakeholder.ToDictionary(e => e.Key, e => (IReadOnlyList<IItem>)e.Value, StringComparer.Ordinal),
                AllStakeholderItems = items.Where(i => i.Stakeholders.All).ToList(),
                TargetWordings = TargetWordings(items),
                ActionLinesById = actionLines.ToDictionary(a => a.Id, StringComparer.Ordinal),
                SourcesById = content.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal),
                PagesBySlug = content.Pages.ToDictionary(p => p.Slug, StringComparer.Ordinal),
            },
        };
    }

    // Every wording is kept with the items that give it: a row's own text must never be replaced by another row's.
    private static IReadOnlyDictionary<string, IReadOnlyList<TargetWording>> TargetWordings(IReadOnlyList<IItem> items) =>
        items.SelectMany(item => item.Sdgs
                .Where(l => l.Target is not null && l.TargetText is not null)
                .Select(l => (Target: l.Target!, Text: l.TargetText!, Item: item)))
            .GroupBy(x => x.Target, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TargetWording>)g
                .GroupBy(x => x.Text, StringComparer.Ordinal)
                .Select(w => new TargetWording(w.Key, w.Select(x => x.Item).Distinct().ToList()))
                .ToList(), StringComparer.Ordinal);

    private static void Add<TKey>(Dictionary<TKey, List<IItem>> index, TKey key, IItem item) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(item);
    }
}
