using Wsis.Diagnostics;
using Wsis.Load;

namespace Wsis.Scaffold;

/// <summary>
/// Adds an entry to a list in a YAML file by editing its text, so that the editor's comments, quoting and
/// blank lines stay exactly as they were. Positions come from the loader's own YAML tree.
/// </summary>
public sealed class YamlListText
{
    private readonly List<string> _lines;

    private YamlListText(string text, YamlMapping root)
    {
        _lines = [.. text.Split('\n')];
        if (_lines.Count > 0 && _lines[^1].Length == 0) _lines.RemoveAt(_lines.Count - 1);
        Root = root;
    }

    public YamlMapping Root { get; }

    /// <summary>The file's tree, or why it cannot be read (it must be fixed before an entry is added).</summary>
    public static (YamlListText? File, string? Error) Parse(string path, string text)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlTreeParser.Parse(new SourceFile(path, text), text, 1, diagnostics);
        var error = diagnostics.Sorted().FirstOrDefault(d => d.IsError);
        if (error is not null) return (null, $"{error.Location}: {error.Message} Fix this first, then run the command again.");
        return root is YamlMapping map ? (new YamlListText(text, map), null) : (null, $"{path} is not a set of 'name: value' fields. Fix it first.");
    }

    /// <summary>Inserts the entry (lines without indentation, the first one starting with '- ') after the given item, or at the end of the list; returns the entry's first line.</summary>
    /// <summary>
    /// Why an entry cannot be added to the list by text, or null: a list in flow style ('[a, b]') would take a block entry
    /// after its closing bracket and no longer be YAML.
    /// </summary>
    public string? CannotInsert(string listKey, string path)
    {
        if (Root[listKey] is not YamlSequence { Items.Count: > 0 } sequence) return null;
        var first = sequence.Items[0].Location;
        var text = first.Line - 1 < _lines.Count ? _lines[first.Line - 1] : "";
        var dash = first.Column - 3;
        return dash >= 0 && dash < text.Length && text[dash] == '-' ? null
            : $"{path}({first.Line},{first.Column}): the list '{listKey}' is written in flow style ([…]), and an entry can be added only to a list of '- ' lines. Rewrite it with one '- ' entry per line, then run the command again.";
    }

    public int Insert(string listKey, IReadOnlyList<string> entry, YamlNode? after = null)
    {
        var key = Root.Entries.FirstOrDefault(e => e.Key.Value == listKey);
        if (key.Key is null)
        {
            var end = EndOfContent(_lines.Count + 1, 1);
            _lines.Insert(end - 1, $"{listKey}:");
            return InsertAt(end + 1, "  ", entry);
        }
        var items = key.Value is YamlSequence sequence ? sequence.Items : [];
        if (items.Count == 0)
        {
            // "priorities: []" or "priorities:" alone: the list starts on the next line.
            var keyLine = key.Key.Location.Line;
            _lines[keyLine - 1] = _lines[keyLine - 1][..(key.Key.Location.Column - 1)] + $"{listKey}:";
            return InsertAt(keyLine + 1, new string(' ', key.Key.Location.Column - 1 + 2), entry);
        }
        var anchor = after ?? items[^1];
        var index = items.ToList().IndexOf(anchor);
        var indent = new string(' ', Math.Max(0, items[0].Location.Column - 3));
        var next = index + 1 < items.Count
            ? items[index + 1].Location.Line
            : Root.Entries.Select(e => e.Key.Location.Line).Where(line => line > anchor.Location.Line).DefaultIfEmpty(_lines.Count + 1).Min();
        return InsertAt(EndOfContent(next, anchor.Location.Line + 1), indent, entry);
    }

    /// <summary>Inserts the entry before the given item, keeping the comment lines just above that item with it.</summary>
    public int InsertBefore(YamlNode item, IReadOnlyList<string> entry)
    {
        var indent = new string(' ', Math.Max(0, item.Location.Column - 3));
        var line = item.Location.Line;
        while (line > 1 && _lines[line - 2].TrimStart().StartsWith('#')) line--;
        return InsertAt(line, indent, entry);
    }

    public override string ToString() => string.Join('\n', _lines) + "\n";

    // Steps back over blank and comment lines that precede the next entry, so they stay with it.
    private int EndOfContent(int before, int floor)
    {
        var line = before;
        while (line - 1 >= floor && line - 1 <= _lines.Count && (_lines[line - 2].Trim().Length == 0 || _lines[line - 2].TrimStart().StartsWith('#'))) line--;
        return line;
    }

    private int InsertAt(int line, string indent, IReadOnlyList<string> entry)
    {
        var at = Math.Clamp(line - 1, 0, _lines.Count);
        _lines.InsertRange(at, entry.Select((text, i) => text.Length == 0 ? "" : indent + (i == 0 ? text : "  " + text)));
        return at + 1;
    }
}
