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
    private static readonly Lazy<IReadOnlyList<HandoutLineView>> Lines = new(() =>
        UncheckedRender.Plan(ContentSet.Real, new MarkdownRenderer()).Plan
            .Select(p => p.Model).OfType<HandoutView>().Single(h => h.IsPublication).Lines);

    public static TheoryData<string> Views => ["priority", "roadmap row", "handout line"];

    /// <summary>The view of its kind in the real content with the most filled members, so that each can be changed.</summary>
    private static object View(string kind)
    {
        var lines = Lines.Value;
        IEnumerable<object> candidates = kind switch
        {
            "priority" => lines.SelectMany(l => l.Priorities),
            "roadmap row" => lines.SelectMany(l => l.RoadmapGroups).SelectMany(g => g.Rows),
            _ => lines,
        };
        return candidates.MaxBy(v => Members(v).Count(m => Change(m.GetValue(v), m.PropertyType, itemsByInstance: true) is not null))!;
    }

    private static object? Reuse(ItemViewCache cache, object view) => view is ItemView item ? cache.Reuse(item) : cache.Reuse((HandoutLineView)view);

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
            Reuse(cache, earlier);
            Assert.True(ReferenceEquals(fresh, Reuse(cache, fresh)), $"a {kind} with another {member.Name} was taken for the earlier one");
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
        Reuse(cache, earlier);
        Assert.Same(earlier, Reuse(cache, fresh));
        Assert.Same(fresh, Reuse(new ItemViewCache(remember: false), fresh));
    }
}
