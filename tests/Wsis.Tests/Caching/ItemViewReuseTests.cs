using System.Collections;
using System.Reflection;
using Wsis.Render;
using Wsis.Render.Views;
using Wsis.Tests.Support;

namespace Wsis.Tests.Caching;

/// <summary>
/// serve gives an item's (or a handout line's) view the instance of the last build when the fresh one is equal, and
/// everything keyed by instance (fragments, includes, fingerprints) follows it: a view differing in any member, however
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
        return candidates.MaxBy(v => Members(v).Count(m => Change(m.GetValue(v), m.PropertyType) is not null))!;
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
            var other = Change(member.GetValue(earlier), member.PropertyType);
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
        var fresh = Copy(earlier)!;
        Assert.False(ReferenceEquals(earlier, fresh));
        var cache = new ItemViewCache();
        Reuse(cache, earlier);
        Assert.Same(earlier, Reuse(cache, fresh));
        Assert.Same(fresh, Reuse(new ItemViewCache(remember: false), fresh));
    }

    private static IEnumerable<PropertyInfo> Members(object view) =>
        view.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null && p.Name != "EqualityContract");

    private static object Clone(object record) => record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;

    /// <summary>Another value of the member: a string with one more character, a list with its first element changed; null when there is nothing to change.</summary>
    private static object? Change(object? value, Type type)
    {
        if (type == typeof(string)) return (string?)value + "·";
        if (type == typeof(bool)) return !(bool)value!;
        if (type == typeof(int)) return (int)value! + 1;
        if (type.IsEnum) return Enum.GetValues(type).Cast<object>().First(v => !v.Equals(value));
        if (value is null) return null;
        if (value is TrustedHtml html) return new TrustedHtml(html.Value + "·");
        if (value is IList list && type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            if (list.Count == 0) return null;
            var element = type.GetGenericArguments()[0];
            // An item in a line view is told apart by its instance: an equal copy is a change there too.
            var first = typeof(ItemView).IsAssignableFrom(element) ? Copy(list[0]!) : Change(list[0], element);
            return first is null ? null : NewList(element, list.Cast<object?>().Skip(1).Prepend(first));
        }
        if (IsRecord(type))
        {
            foreach (var member in Members(value))
                if (Change(member.GetValue(value), member.PropertyType) is { } other)
                {
                    var changed = Clone(value);
                    member.SetValue(changed, other);
                    return changed;
                }
        }
        return null;
    }

    /// <summary>An equal value in new instances throughout (lists, records, strings), except the items a line view holds, which stay the same instances.</summary>
    private static object? Copy(object? value)
    {
        switch (value)
        {
            case null: return null;
            case string text: return new string(text.AsSpan());
            case TrustedHtml html: return new TrustedHtml(new string(html.Value.AsSpan()));
            case IList list when value.GetType().IsGenericType:
                var element = value.GetType().GetGenericArguments()[0];
                return NewList(element, list.Cast<object?>().Select(e => e is ItemView ? e : Copy(e)));
        }
        if (!IsRecord(value.GetType())) return value;
        var copy = Clone(value);
        foreach (var member in Members(value)) member.SetValue(copy, Copy(member.GetValue(value)));
        return copy;
    }

    private static IList NewList(Type element, IEnumerable<object?> items)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        foreach (var item in items) list.Add(item);
        return list;
    }
}
