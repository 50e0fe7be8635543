using Wsis.Caching;
using Wsis.Diagnostics;
using Wsis.Model;
using Wsis.Render.Views;

namespace Wsis.Render;

/// <summary>
/// Item views, and the handouts' line views made of them, across the builds of `serve`: a view that comes out equal to
/// the one of the same item (or line) in the last build gets the earlier instance back, so what is keyed by view
/// instance (fragments, includes) is reused for it. Views are records: equal means every member
/// equal, lists element by element (<see cref="Same(ItemView, ItemView)"/>); the items a line view holds are the same
/// instances exactly when they are equal, since they were reused first. A page that shows only reused views is found
/// the same as before at once (<see cref="SameView"/>). A one-off build (<c>remember: false</c>) compares nothing.
/// </summary>
public sealed class ItemViewCache
{
    private readonly Memo<string, object> _views;
    private readonly Memo<string, KeptItem> _items;
    private readonly SameView _same = new();

    public ItemViewCache(bool remember = true)
    {
        _views = new Memo<string, object>(StringComparer.Ordinal, remember);
        _items = new Memo<string, KeptItem>(StringComparer.Ordinal, remember);
    }

    /// <summary>
    /// The view of an item: the earlier one, not made again, for the same item record (an unchanged file's, read once:
    /// <c>ActionLineCache</c>) with equal other inputs; else made, and the earlier instance still when it comes out the
    /// same value. What making it reported is reported again on reuse.
    /// </summary>
    /// <param name="inputs">Everything besides the item that its view shows, compared by value.</param>
    public ItemView Reuse(IItem item, object inputs, Func<DiagnosticBag, ItemView> make, DiagnosticBag diagnostics)
    {
        if (!_items.Remembers) return make(diagnostics);
        var url = Urls.Item(item);
        var found = _items.TryGet(url, out var kept);
        if (found && ReferenceEquals(kept.Item, item) && kept.Inputs.Equals(inputs))
        {
            foreach (var diagnostic in kept.Reported) diagnostics.Add(diagnostic);
            return kept.View;
        }
        var own = new DiagnosticBag();
        var fresh = make(own);
        var reported = own.Sorted();
        foreach (var diagnostic in reported) diagnostics.Add(diagnostic);
        var view = found && Same(kept.View, fresh) ? kept.View : fresh;
        _items.Set(url, new KeptItem(item, inputs, view, reported));
        return view;
    }

    /// <summary>The view to use for a freshly made one: the earlier instance when it is the same value.</summary>
    public HandoutLineView Reuse(HandoutLineView fresh) => Kept("handout line " + fresh.Id, fresh, Same);

    /// <summary>Any other view (a goal's summary, a source's) by a key unique among its type: the earlier instance when it is the same value.</summary>
    public T Kept<T>(string key, T fresh) where T : class => Kept($"{typeof(T).Name} {key}", fresh, _same.Same);

    private T Kept<T>(string key, T fresh, Func<T, T, bool> same) where T : class
    {
        if (!_views.Remembers) return fresh;
        if (_views.TryGet(key, out var earlier) && earlier is T kept && same(kept, fresh)) return kept;
        _views.Set(key, fresh);
        return fresh;
    }

    // Record equality compares lists by reference: each list is compared element by element, and the copy given the
    // other's lists then compares every other member. A list member added later and not named here keeps its
    // reference in the copy, so the views never compare equal: nothing is reused for them, nothing wrong is.
    internal static bool Same(ItemView a, ItemView b)
    {
        if (a.GetType() != b.GetType() || !a.Sdgs.SequenceEqual(b.Sdgs) || !a.Stakeholders.SequenceEqual(b.Stakeholders) || !a.SearchFilters.SequenceEqual(b.SearchFilters))
            return false;
        var copy = a with { Sdgs = b.Sdgs, Stakeholders = b.Stakeholders, SearchFilters = b.SearchFilters };
        if (copy is RoadmapRowView row && b is RoadmapRowView other)
        {
            if (!row.ItuGoals.SequenceEqual(other.ItuGoals) || !row.ResultColumns.SequenceEqual(other.ResultColumns, Parts)) return false;
            copy = row with { ItuGoals = other.ItuGoals, ResultColumns = other.ResultColumns };
        }
        return copy.Equals(b);
    }

    internal static bool Same(HandoutLineView a, HandoutLineView b)
    {
        if (!a.SubLines.SequenceEqual(b.SubLines) || !a.Priorities.SequenceEqual(b.Priorities, Instances) || !a.Notes.SequenceEqual(b.Notes, Instances)
            || !a.RoadmapGroups.SequenceEqual(b.RoadmapGroups, Groups))
            return false;
        return (a with { SubLines = b.SubLines, Priorities = b.Priorities, Notes = b.Notes, RoadmapGroups = b.RoadmapGroups }).Equals(b);
    }

    private static readonly IEqualityComparer<ItemView> Instances = ReferenceEqualityComparer.Instance;
    private static readonly IEqualityComparer<ResultPartView> Parts = EqualityComparer<ResultPartView>.Create((a, b) =>
        a is not null && b is not null && a.Entries.SequenceEqual(b.Entries) && (a with { Entries = b.Entries }).Equals(b));
    private static readonly IEqualityComparer<RoadmapGroupView> Groups = EqualityComparer<RoadmapGroupView>.Create((a, b) =>
        a is not null && b is not null && a.Rows.SequenceEqual(b.Rows, Instances) && (a with { Rows = b.Rows }).Equals(b));

    public void Sweep()
    {
        _views.Sweep();
        _items.Sweep();
    }

    private sealed record KeptItem(IItem Item, object Inputs, ItemView View, IReadOnlyList<Diagnostic> Reported);
}
