using Wsis.Diagnostics;

namespace Wsis.Load;

/// <summary>A YAML node that remembers where it stands in its file.</summary>
public abstract record YamlNode(SourceLocation Location)
{
    public abstract string KindName { get; }
}

public sealed record YamlScalar(string Value, bool IsPlain, SourceLocation Location) : YamlNode(Location)
{
    /// <summary>A plain `~`, `null` or empty value means "nothing", as in YAML's core schema.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => IsNull ? "nothing" : "a text value";
}

public sealed record YamlSequence(IReadOnlyList<YamlNode> Items, SourceLocation Location) : YamlNode(Location)
{
    public override string KindName => "a list";
}

public sealed record YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries, SourceLocation Location) : YamlNode(Location)
{
    public override string KindName => "a set of fields";

    public YamlNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key).Value;
}
