using System.Collections;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Wsis.Render;

/// <summary>
/// Whether two views hold the same values, read the way the compiled metadata of <see cref="ViewJson"/> reads them:
/// every property of each object by its runtime type, lists element by element, anything else by its own equality.
/// A template sees nothing but its view, so two views that are the same here render the same. Cheaper than writing both
/// as JSON and hashing them: nothing is encoded, and a part reused from the last build (an item's view, a line's) is
/// the same instance, found at once.
/// </summary>
public sealed class SameView
{
    private const int MaxDepth = 64;
    private readonly JsonSerializerOptions _metadata = new() { TypeInfoResolver = ViewJson.Default };
    // By type, including the types the metadata does not know (a list's own type under its interface), which it would look up each time.
    // A type's members are kept as types, not shapes, so a view type that contains itself needs no shape of itself first.
    private readonly ConcurrentDictionary<Type, Shape?> _shapes = new();

    public bool Same(object? a, object? b) => Same(a, b, null, 0);

    private bool Same(object? a, object? b, Type? declared, int depth)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        if (a is string text) return b is string other && text.Equals(other, StringComparison.Ordinal);
        var type = a.GetType();
        if (type.IsPrimitive || type.IsEnum) return a.Equals(b);
        // A view nested deeper than JSON would write it is a bug; as never the same, it is only drawn again.
        if (depth > MaxDepth) return false;
        var shape = ShapeOf(type) ?? (declared is null ? null : ShapeOf(declared))
            ?? throw new InvalidOperationException($"{type.Name} is not in {nameof(ViewJson)}: add it there so a page that shows it can be compared.");
        // Two lists of the same elements are the same whatever their own types (an array, a list); anything else is of one type.
        if (shape.Kind != JsonTypeInfoKind.Enumerable && type != b.GetType()) return false;
        switch (shape.Kind)
        {
            case JsonTypeInfoKind.Object:
                for (var i = 0; i < shape.Getters.Length; i++)
                    if (!Same(shape.Getters[i](a), shape.Getters[i](b), shape.Members[i], depth + 1)) return false;
                return true;
            case JsonTypeInfoKind.Enumerable:
                if (b is not IEnumerable items) return false;
                var left = ((IEnumerable)a).GetEnumerator();
                var right = items.GetEnumerator();
                while (true)
                {
                    var more = left.MoveNext();
                    if (more != right.MoveNext()) return false;
                    if (!more) return true;
                    if (!Same(left.Current, right.Current, shape.Members[0], depth + 1)) return false;
                }
            case JsonTypeInfoKind.None:
                return a.Equals(b);
            default:
                // Views hold no dictionaries; one added later is drawn again each build rather than compared wrongly.
                return false;
        }
    }

    // Looked up for every object compared: found without making the delegate GetOrAdd would be handed each time.
    private Shape? ShapeOf(Type type) => _shapes.TryGetValue(type, out var shape) ? shape : _shapes.GetOrAdd(type, MakeShape, _metadata);

    private static Shape? MakeShape(Type type, JsonSerializerOptions metadata)
    {
        if (!metadata.TryGetTypeInfo(type, out var info)) return null;
        var properties = info.Kind == JsonTypeInfoKind.Object ? info.Properties.Where(p => p.Get is not null).ToList() : [];
        return new Shape(info.Kind, [.. properties.Select(p => p.Get!)], info.Kind == JsonTypeInfoKind.Enumerable ? [info.ElementType!] : [.. properties.Select(p => p.PropertyType)]);
    }

    /// <summary>A type as the metadata reads it: its properties' getters and declared types, or a list's element type.</summary>
    private sealed record Shape(JsonTypeInfoKind Kind, Func<object, object?>[] Getters, Type[] Members);
}
