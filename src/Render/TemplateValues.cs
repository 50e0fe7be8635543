namespace Wsis.Render;

/// <summary>
/// A template's name and the values it reads, as the key of its output kept for reuse (<see cref="ReusedInclude"/>,
/// <see cref="PageWords"/>). Views are immutable, so an object is the same value only as the same instance; strings
/// and numbers compare by value.
/// </summary>
internal sealed class TemplateValues(string name, object?[] values) : IEquatable<TemplateValues>
{
    private readonly int _hash = Hash(name, values);

    public bool Equals(TemplateValues? other)
    {
        if (other is null || other._hash != _hash || other.Name != Name || other.Values.Length != Values.Length) return false;
        for (var i = 0; i < Values.Length; i++)
            if (!Same(Values[i], other.Values[i])) return false;
        return true;
    }

    private string Name => name;
    private object?[] Values => values;

    public override bool Equals(object? obj) => Equals(obj as TemplateValues);
    public override int GetHashCode() => _hash;

    private static bool Same(object? a, object? b) => a is string or ValueType ? Equals(a, b) : ReferenceEquals(a, b);

    private static int Hash(string name, object?[] values)
    {
        var hash = new HashCode();
        hash.Add(name, StringComparer.Ordinal);
        foreach (var value in values)
            hash.Add(value is string or ValueType ? value.GetHashCode() : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value));
        return hash.ToHashCode();
    }
}
