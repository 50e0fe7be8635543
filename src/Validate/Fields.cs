using System.Globalization;
using Wsis.Diagnostics;
using Wsis.Load;

namespace Wsis.Validate;

/// <summary>
/// Reads the fields of one YAML block, reporting each missing field, wrong type and unknown name
/// instead of throwing, so that one pass finds every problem of a file.
/// </summary>
public sealed class Fields
{
    private readonly YamlMapping _map;
    private readonly string _kind;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _checked = new(StringComparer.Ordinal);

    private Fields(YamlMapping map, string kind, DiagnosticBag diagnostics, IReadOnlyCollection<string> allowed)
    {
        _map = map;
        _kind = kind;
        _diagnostics = diagnostics;
        foreach (var key in map.Entries.Select(e => e.Key).Where(k => !allowed.Contains(k.Value)))
        {
            var hint = Suggestions.DidYouMean(key.Value, allowed) ?? $"The fields of {kind} are: {string.Join(", ", allowed)}.";
            diagnostics.Error(DiagnosticCodes.UnknownField, key.Location, $"Unknown field '{key.Value}' in {kind}.", hint);
        }
    }

    public SourceLocation Location => _map.Location;

    public static Fields? Of(YamlNode? node, SourceLocation fallback, string kind, DiagnosticBag diagnostics, params string[] allowed)
    {
        if (node is YamlMapping map) return new Fields(map, kind, diagnostics, allowed);
        // A file that could not be parsed has its error already; "found nothing" would only repeat it.
        if (node is null && diagnostics.HasErrorsIn(fallback.Path)) return null;
        diagnostics.Error(DiagnosticCodes.WrongType, node?.Location ?? fallback,
            $"Expected {kind} as a set of 'name: value' fields, found {node?.KindName ?? "nothing"}.",
            $"Write {kind} as fields, one 'name: value' per line.");
        return null;
    }

    /// <summary>The fields at the root of a file; null without a new diagnostic when the file could not be parsed, since that is reported already.</summary>
    public static Fields? OfDocument(YamlDocument? document, string kind, DiagnosticBag diagnostics, params string[] allowed) =>
        document?.Root is null ? null : Of(document.Root, SourceLocation.File(document.File.Path), kind, diagnostics, allowed);

    public YamlNode? Node(string name) => _map[name] is { } node && !(node is YamlScalar { IsNull: true }) ? node : null;

    public SourceLocation LocationOf(string name) => _map[name]?.Location ?? _map.Location;

    public string? Text(string name, bool required = false)
    {
        var node = Node(name);
        if (node is null)
        {
            if (required) Missing(name);
            return null;
        }
        if (node is YamlScalar scalar)
        {
            if (required && string.IsNullOrWhiteSpace(scalar.Value)) Missing(name);
            if (_checked.Add(name)) MarkupCheck.PlainText(scalar, _diagnostics);
            return scalar.Value;
        }
        WrongType(name, node, "a text value");
        return null;
    }

    public string RequiredText(string name) => Text(name, required: true) ?? "";

    /// <summary>A Markdown field: checked for raw HTML and unsafe links instead of for tags.</summary>
    public string? Markdown(string name, bool required = false)
    {
        if (Node(name) is YamlScalar scalar && _checked.Add(name)) MarkupCheck.Markdown(scalar, _diagnostics);
        return Text(name, required);
    }

    public string RequiredMarkdown(string name) => Markdown(name, required: true) ?? "";

    /// <summary>A list of Markdown entries (expected results, ITU activities).</summary>
    public IReadOnlyList<YamlScalar> MarkdownList(string name)
    {
        var entries = Entries(name, required: false, markdown: true);
        foreach (var entry in entries) MarkupCheck.Markdown(entry, _diagnostics);
        return entries;
    }

    public int? Integer(string name, bool required = false)
    {
        var text = Text(name, required);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
        _diagnostics.Error(DiagnosticCodes.WrongType, LocationOf(name), $"The field '{name}' of {_kind} must be a whole number, not '{text}'.",
            $"Write a number such as '{name}: 1'.");
        return null;
    }

    /// <summary>The items of a list field; a missing field is an empty list unless required.</summary>
    public IReadOnlyList<YamlNode> List(string name, bool required = false)
    {
        var node = Node(name);
        switch (node)
        {
            case null:
                if (required) Missing(name);
                return [];
            case YamlSequence sequence:
                return sequence.Items;
            default:
                WrongType(name, node, "a list");
                return [];
        }
    }

    /// <summary>A list of text values, each with its own position.</summary>
    public IReadOnlyList<YamlScalar> TextList(string name, bool required = false) => Entries(name, required, markdown: false);

    private IReadOnlyList<YamlScalar> Entries(string name, bool required, bool markdown)
    {
        var result = new List<YamlScalar>();
        var check = _checked.Add(name + "[]");
        foreach (var item in List(name, required))
        {
            if (item is YamlScalar { IsNull: false } scalar)
            {
                result.Add(scalar);
                if (check && !markdown) MarkupCheck.PlainText(scalar, _diagnostics);
            }
            else
                _diagnostics.Error(DiagnosticCodes.WrongType, item.Location, $"Each entry of '{name}' in {_kind} must be a text value, found {item.KindName}.",
                    "Write each entry as '- text' on its own line; quote text that contains ': '.");
        }
        return result;
    }

    private void Missing(string name)
    {
        if (_map[name] is { } empty)
            _diagnostics.Error(DiagnosticCodes.MissingField, empty.Location, $"The required field '{name}' of {_kind} is empty.", $"Write the {name.Replace('_', ' ')} after '{name}:'.");
        else
            _diagnostics.Error(DiagnosticCodes.MissingField, _map.Location, $"The required field '{name}' of {_kind} is missing.", $"Add '{name}: …' to this block.");
    }

    private void WrongType(string name, YamlNode node, string expected) =>
        _diagnostics.Error(DiagnosticCodes.WrongType, node.Location, $"The field '{name}' of {_kind} must be {expected}, found {node.KindName}.",
            expected == "a list" ? $"Write '{name}:' and then one '- entry' per line." : $"Write '{name}: value' on one line; quote it if it contains ': '.");
}
