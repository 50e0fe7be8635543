using Wsis.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Wsis.Load;

/// <summary>
/// Builds a positioned YAML tree from the parser's event stream, without recursion, so that
/// hostile input (deep nesting, alias bombs, duplicate keys) becomes a diagnostic, never a crash.
/// </summary>
public static class YamlTreeParser
{
    public const int MaxDepth = 64;

    public static YamlNode? Parse(SourceFile file, string yaml, int firstLine, DiagnosticBag diagnostics)
    {
        if (!CheckIndentation(file, yaml, firstLine, diagnostics)) return null;
        var parser = new Parser(new StringReader(yaml));
        try
        {
            return Build(file, yaml, firstLine, diagnostics, parser);
        }
        catch (YamlException e)
        {
            SyntaxError(file, firstLine, e.Start, CleanMessage(e.Message), diagnostics);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet fails this way on some unterminated input (an unclosed '[' at the end); the last good event tells where.
            SyntaxError(file, firstLine, parser.Current?.End ?? Mark.Empty, "a list or block is not closed", diagnostics);
            return null;
        }
    }

    private static void SyntaxError(SourceFile file, int firstLine, Mark at, string message, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(file.Path, Math.Max((int)at.Line + firstLine - 1, 1), Math.Max((int)at.Column, 1)),
            $"The YAML cannot be read: {message}.",
            "Check the indentation, brackets and quoting on this line and the one before it; text containing ': ' or starting with a special character needs \"double quotes\".");

    private static bool CheckIndentation(SourceFile file, string yaml, int firstLine, DiagnosticBag diagnostics)
    {
        var lineNumber = firstLine;
        var ok = true;
        foreach (var line in yaml.Split('\n'))
        {
            for (var i = 0; i < line.Length && (line[i] == ' ' || line[i] == '\t'); i++)
            {
                if (line[i] != '\t') continue;
                diagnostics.Error(DiagnosticCodes.TabIndentation, new SourceLocation(file.Path, lineNumber, i + 1),
                    "A tab is used for indentation; YAML allows only spaces.", "Replace the tab with spaces.");
                ok = false;
                break;
            }
            lineNumber++;
        }
        return ok;
    }

    private static YamlNode? Build(SourceFile file, string yaml, int firstLine, DiagnosticBag diagnostics, Parser parser)
    {
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var stack = new Stack<Frame>();
        YamlNode? root = null;
        var documents = 0;

        SourceLocation At(Mark mark) => new(file.Path, (int)mark.Line + firstLine - 1, (int)mark.Column);

        void Attach(YamlNode node)
        {
            if (stack.Count == 0) { root = node; return; }
            stack.Peek().Add(node, diagnostics);
        }

        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case DocumentStart start when !start.IsImplicit || documents > 0:
                    if (++documents > 1)
                    {
                        diagnostics.Error(DiagnosticCodes.YamlSyntax, At(start.Start), "The file holds more than one YAML document.",
                            "Remove the extra '---' line: one file holds one document.");
                        return null;
                    }
                    break;
                case DocumentStart:
                    documents++;
                    break;
                case Scalar scalar:
                    var value = Positioned(scalar);
                    Remember(scalar.Anchor, value);
                    Attach(value);
                    break;
                case AnchorAlias alias:
                    if (!anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        diagnostics.Error(DiagnosticCodes.YamlSyntax, At(alias.Start), $"The alias '*{alias.Value.Value}' names no anchor.", "Define the anchor with '&name' before using it.");
                        return null;
                    }
                    Attach(target);
                    break;
                case SequenceStart sequenceStart:
                    if (!Push(new Frame(At(sequenceStart.Start), false, sequenceStart.Anchor.IsEmpty ? null : sequenceStart.Anchor.Value))) return null;
                    break;
                case MappingStart mappingStart:
                    if (!Push(new Frame(At(mappingStart.Start), true, mappingStart.Anchor.IsEmpty ? null : mappingStart.Anchor.Value))) return null;
                    break;
                case SequenceEnd or MappingEnd:
                    var frame = stack.Pop();
                    var node = frame.ToNode();
                    if (frame.Anchor is not null) anchors[frame.Anchor] = node;
                    Attach(node);
                    break;
            }
        }
        return root;

        bool Push(Frame frame)
        {
            if (stack.Count >= MaxDepth)
            {
                diagnostics.Error(DiagnosticCodes.NestingTooDeep, frame.Location, $"The YAML is nested more than {MaxDepth} levels deep.",
                    "Flatten the structure: content files need only a few levels.");
                return false;
            }
            stack.Push(frame);
            return true;
        }

        // Maps positions inside a value back to the file, so a problem deep in a '|' block is reported on its own line.
        YamlScalar Positioned(Scalar scalar)
        {
            var start = At(scalar.Start);
            var value = new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, start);
            switch (scalar.Style)
            {
                case ScalarStyle.Literal or ScalarStyle.Folded:
                    var lineStart = yaml.IndexOf('\n', (int)Math.Min(scalar.Start.Index, yaml.Length)) + 1;
                    while (lineStart > 0 && lineStart < yaml.Length && yaml[lineStart] == '\n') lineStart++;
                    var indent = 0;
                    while (lineStart > 0 && lineStart + indent < yaml.Length && yaml[lineStart + indent] == ' ') indent++;
                    return value with
                    {
                        ContentStart = new SourceLocation(file.Path, start.Line + 1, indent + 1),
                        KeepsLines = scalar.Style == ScalarStyle.Literal,
                        IsSingleLine = false,
                    };
                case ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted:
                    return value with { ContentStart = start with { Column = start.Column + 1 }, IsSingleLine = scalar.Start.Line == scalar.End.Line };
                default:
                    return value with { IsSingleLine = scalar.Start.Line == scalar.End.Line };
            }
        }

        void Remember(AnchorName anchor, YamlNode node)
        {
            if (!anchor.IsEmpty) anchors[anchor.Value] = node;
        }
    }

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; the location is ours to give.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = cut >= 0 ? message[(cut + 3)..] : message;
        return text.TrimEnd('.', ' ');
    }

    private sealed class Frame(SourceLocation location, bool isMapping, string? anchor)
    {
        private readonly List<YamlNode> _items = [];
        private readonly List<KeyValuePair<YamlScalar, YamlNode>> _entries = [];
        private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
        private YamlScalar? _pendingKey;
        private bool _skipValue;

        public SourceLocation Location { get; } = location;
        public string? Anchor { get; } = anchor;

        public void Add(YamlNode node, DiagnosticBag diagnostics)
        {
            if (!isMapping) { _items.Add(node); return; }
            if (_pendingKey is null)
            {
                if (node is not YamlScalar key)
                {
                    diagnostics.Error(DiagnosticCodes.YamlSyntax, node.Location, "A field name must be plain text.", "Write the field as 'name: value'.");
                    _pendingKey = new YamlScalar("", true, node.Location);
                    _skipValue = true;
                    return;
                }
                _skipValue = !_keys.Add(key.Value);
                if (_skipValue)
                    diagnostics.Error(DiagnosticCodes.DuplicateId, key.Location, $"The field '{key.Value}' appears twice in the same block.", "Keep one of the two.");
                _pendingKey = key;
                return;
            }
            if (!_skipValue) _entries.Add(new(_pendingKey, node));
            _pendingKey = null;
        }

        public YamlNode ToNode() => isMapping ? new YamlMapping(_entries, Location) : new YamlSequence(_items, Location);
    }
}
