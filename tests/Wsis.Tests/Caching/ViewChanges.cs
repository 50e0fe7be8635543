using System.Collections;
using System.Reflection;
using Wsis.Render;
using Wsis.Render.Views;

namespace Wsis.Tests.Caching;

/// <summary>Views changed in one member, or copied into new instances throughout, by reflection over their records.</summary>
internal static class ViewChanges
{
    public static IEnumerable<PropertyInfo> Members(object view) =>
        view.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null && p.Name != "EqualityContract");

    public static object Clone(object record) => record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;

    /// <summary>
    /// Another value of the member: a string with one more character, a list with its first element changed; null when
    /// there is nothing to change. With <paramref name="itemsByInstance"/> an item in a list is changed by an equal copy,
    /// since a line view tells its items apart by instance.
    /// </summary>
    public static object? Change(object? value, Type type, bool itemsByInstance)
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
            var first = itemsByInstance && typeof(ItemView).IsAssignableFrom(element) ? Copy(list[0]!, itemsByInstance) : Change(list[0], element, itemsByInstance);
            return first is null ? null : NewList(element, list.Cast<object?>().Skip(1).Prepend(first));
        }
        if (IsRecord(type) || IsRecord(value.GetType()))
        {
            foreach (var member in Members(value))
                if (Change(member.GetValue(value), member.PropertyType, itemsByInstance) is { } other)
                {
                    var changed = Clone(value);
                    member.SetValue(changed, other);
                    return changed;
                }
        }
        return null;
    }

    /// <summary>An equal value in new instances throughout (lists, records, strings); with <paramref name="itemsByInstance"/> the items in lists stay the same instances.</summary>
    public static object? Copy(object? value, bool itemsByInstance)
    {
        switch (value)
        {
            case null: return null;
            case string text: return new string(text.AsSpan());
            case TrustedHtml html: return new TrustedHtml(new string(html.Value.AsSpan()));
            case IList list when value.GetType().IsGenericType:
                var element = value.GetType().GetGenericArguments()[0];
                return NewList(element, list.Cast<object?>().Select(e => itemsByInstance && e is ItemView ? e : Copy(e, itemsByInstance)));
        }
        if (!IsRecord(value.GetType())) return value;
        var copy = Clone(value);
        foreach (var member in Members(value)) member.SetValue(copy, Copy(member.GetValue(value), itemsByInstance));
        return copy;
    }

    private static IList NewList(Type element, IEnumerable<object?> items)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        foreach (var item in items) list.Add(item);
        return list;
    }
}
