using Wsis.Diagnostics;

namespace Wsis.Load;

/// <summary>A YAML node that remembers where it stands in its file.</summary>
public abstract record YamlNode(SourceLocation Location)
{
    public abstract string KindName { get; }
}

public sealed record YamlScalar(string Value, bool IsPlain, SourceLocation Location) : YamlNode(Location)
{
    /// <summary>Where the value's first character stands: after the quote, or on the line below a '|' or '>'.</summary>
    public SourceLocation ContentStart { get; init; } = Location;

    /// <summary>A '|' block keeps its lines, so line n of the value is line n below ContentStart, at the same indentation.</summary>
    public bool KeepsLines { get; init; }

    /// <summary>The whole value stands on one line of the file, so its columns map one to one.</summary>
    public bool IsSingleLine { get; init; } = true;

    /// <summary>The file position of a character of Value, as exactly as the scalar's style allows.</summary>
    public SourceLocation LocationAt(int index)
    {
        if (KeepsLines)
        {
            var before = Value.AsSpan(0, Math.Clamp(index, 0, Value.Length));
            var lineOffset = before.Count('\n');
            var column = before.Length - (before.LastIndexOf('\n') + 1);
            return ContentStart with { Line = ContentStart.Line + lineOffset, Column = ContentStart.Column + column };
        }
        return IsSingleLine ? ContentStart with { Column = ContentStart.Column + Math.Max(0, index) } : ContentStart;
    }

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
