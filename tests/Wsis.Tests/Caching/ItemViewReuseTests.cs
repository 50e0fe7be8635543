using Wsis.Diagnostics;
using Wsis.Model;
using Wsis.Render;
using Wsis.Render.Views;
using Wsis.Tests.Support;
using static Wsis.Tests.Caching.ViewChanges;

namespace Wsis.Tests.Caching;

/// <summary>
/// serve gives an item's (or a handout line's) view the instance of the last build when the fresh one is equal, and
/// everything keyed by instance (fragments, includes) follows it: a view differing in any member, however
/// deep in its lists, must never be taken for the earlier one, and an equal one made afresh must be.
/// </summary>
public sealed class ItemViewReuseTests
{
    private static readonly Lazy<(Publication Publication, IReadOnlyList<PlannedPage> Plan)> Planned = new(() => UncheckedRender.Plan(ContentSet.Real, new MarkdownRenderer()));

    private static IReadOnlyList<HandoutLineView> Lines =>
        Planned.Value.Plan.Select(p => p.Model).OfType<HandoutView>().Single(h => h.IsPublication).Lines;

    /// <summary>The item a view was made of, copied: another record of the same value, so the view is made and compared.</summary>
    private static IItem CopyOfItem(ItemView view) =>
        Planned.Value.Publication.ActionLines.SelectMany(a => a.Items).Single(i => Urls.Item(i) == view.Url) switch
        {
            Priority p => p with { },
            RoadmapRow r => r with { },
            var other => throw new InvalidOperationException(other.GetType().Name),
        };

    public static TheoryData<string> Views => ["priority", "roadmap row", "handout line"];

    /// <summary>The view of its kind in the real content with the most filled members, so that each can be changed.</summary>
    private static object View(string kind)
    {
        var lines = Lines;
        IEnumerable<object> candidates = kind switch
        {
            "priority" => lines.SelectMany(l => l.Priorities),
            "roadmap row" => lines.SelectMany(l => l.RoadmapGroups).SelectMany(g => g.Rows),
            _ => lines,
        };
        return candidates.MaxBy(v => Members(v).Count(m => Change(m.GetValue(v), m.PropertyType, itemsByInstance: true) is not null))!;
    }

    /// <param name="of">The view of the item's own record: a view made afresh is kept under its item's address.</param>
    private static object? Reuse(ItemViewCache cache, object view, object of) =>
        view is ItemView item ? cache.Reuse(CopyOfItem((ItemView)of), "inputs", _ => item, new DiagnosticBag()) : cache.Reuse((HandoutLineView)view);

    [Theory]
    [MemberData(nameof(Views))]
    public void A_view_that_differs_in_any_member_is_not_taken_for_the_earlier_one(string kind)
    {
        var earlier = View(kind);
        var changed = new List<string>();
        var unfilled = new List<string>();
        foreach (var member in Members(earlier))
        {
            var other = Change(member.GetValue(earlier), member.PropertyType, itemsByInstance: true);
            if (other is null) { unfilled.Add(member.Name); continue; }
            var fresh = Clone(earlier);
            member.SetValue(fresh, other);
            var cache = new ItemViewCache();
            Reuse(cache, earlier, earlier);
            Assert.True(ReferenceEquals(fresh, Reuse(cache, fresh, earlier)), $"a {kind} with another {member.Name} was taken for the earlier one");
            changed.Add(member.Name);
        }
        // Only members that hold nothing in every view of this kind are left unchanged.
        Assert.True(changed.Count >= Members(earlier).Count() - 2, $"changed {string.Join(", ", changed)}; unfilled {string.Join(", ", unfilled)}");
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void An_equal_view_made_afresh_gets_the_earlier_instance(string kind)
    {
        var earlier = View(kind);
        var fresh = Copy(earlier, itemsByInstance: true)!;
        Assert.False(ReferenceEquals(earlier, fresh));
        var cache = new ItemViewCache();
        Reuse(cache, earlier, earlier);
        Assert.Same(earlier, Reuse(cache, fresh, earlier));
        Assert.Same(fresh, Reuse(new ItemViewCache(remember: false), fresh, earlier));
    }

    [Fact]
    public void The_same_item_record_with_the_same_inputs_is_not_made_again_and_what_making_it_reported_is_reported_again()
    {
        var item = Planned.Value.Publication.ActionLines.SelectMany(a => a.Priorities).First();
        var view = (ItemView)View("priority");
        var cache = new ItemViewCache();
        var made = 0;
        ItemView Make(DiagnosticBag own)
        {
            made++;
            own.Error("WSIS999", item.Location, "reported while making the view");
            return view with { };
        }

        var first = new DiagnosticBag();
        var earlier = cache.Reuse(item, ("C1", "title"), Make, first);
        var again = new DiagnosticBag();
        Assert.Same(earlier, cache.Reuse(item, ("C1", "title"), Make, again));
        Assert.Equal(1, made);
        Assert.Equal(first.Sorted(), again.Sorted());

        // Other inputs, or another record of the item, and the view is made again.
        cache.Reuse(item, ("C1", "another title"), Make, new DiagnosticBag());
        cache.Reuse(item with { }, ("C1", "another title"), Make, new DiagnosticBag());
        Assert.Equal(3, made);
    }
}
