using Wsis.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Wsis.Load;

/// <summary>
/// Builds a positioned YAML tree from the parser's event stream, without recursion, so that
/// hostile input (deep nesting, alias bombs, duplicate keys) becomes a diagnostic, never a crash.
/// </summary>
/// <remarks>
/// An alias shares its anchor's node in the tree, but every reader after it (validation, the pages, the open data)
/// handles each use as a copy: a 96 KB file with a 50,000-character anchor used 4,000 times was 200 million
/// characters of work. As YAML libraries guard against "billion laughs", the copies are counted while the tree is
/// built: at most <see cref="MaxAliases"/> aliases a file, and the copies they stand for (their anchors' size, nested
/// aliases expanded) at most <see cref="MaxExpandedSize"/> characters, so a file with aliases costs no more than a
/// plain file of 2 MB.
/// </remarks>
public static class YamlTreeParser
{
    public const int MaxDepth = 64;

    /// <summary>Aliases ('*name') a file may use; the content needs few, if any.</summary>
    public const int MaxAliases = 1_000;

    /// <summary>
    /// Characters the aliases of a file may stand for, all copies added up: a scalar counts its length plus one, a list or
    /// set of fields one plus its entries.
    /// </summary>
    public const long MaxExpandedSize = 2 * 1024 * 1024;

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
        // Most files hold no tab at all: then no line needs looking at (splitting every file into lines took 16 MB at 4,000 items).
        if (!yaml.Contains('\t')) return true;
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
        var anchors = new Dictionary<string, (YamlNode Node, long Size)>(StringComparer.Ordinal);
        var stack = new Stack<Frame>();
        YamlNode? root = null;
        var documents = 0;
        // The size of the document so far with every alias expanded, and the part of it the aliases stand for.
        long size = 0;
        long expanded = 0;
        var aliases = 0;

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
                    size += scalar.Value.Length + 1;
                    if (!scalar.Anchor.IsEmpty) anchors[scalar.Anchor.Value] = (value, scalar.Value.Length + 1);
                    Attach(value);
                    break;
                case AnchorAlias alias:
                    if (!anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        diagnostics.Error(DiagnosticCodes.YamlSyntax, At(alias.Start), $"The alias '*{alias.Value.Value}' names no anchor.", "Define the anchor with '&name' before using it.");
                        return null;
                    }
                    if (!Expand(alias, target.Size)) return null;
                    Attach(target.Node);
                    break;
                case SequenceStart sequenceStart:
                    if (!Push(new Frame(At(sequenceStart.Start), false, sequenceStart.Anchor.IsEmpty ? null : sequenceStart.Anchor.Value, size))) return null;
                    size++;
                    break;
                case MappingStart mappingStart:
                    if (!Push(new Frame(At(mappingStart.Start), true, mappingStart.Anchor.IsEmpty ? null : mappingStart.Anchor.Value, size))) return null;
                    size++;
                    break;
                case SequenceEnd or MappingEnd:
                    var frame = stack.Pop();
                    var node = frame.ToNode();
                    if (frame.Anchor is not null) anchors[frame.Anchor] = (node, size - frame.StartSize);
                    Attach(node);
                    break;
            }
        }
        return root;

        // Counts one use of an anchor as the copy every reader will make of it; false (and an error) past the limits.
        bool Expand(AnchorAlias alias, long targetSize)
        {
            aliases++;
            size += targetSize;
            expanded += targetSize;
            if (aliases > MaxAliases)
            {
                diagnostics.Error(DiagnosticCodes.AliasLimit, At(alias.Start), $"The file uses more than {MaxAliases:N0} aliases ('*name'); this is alias {aliases:N0}.",
                    "Write the values out where they are needed: content files need few aliases, if any.");
                return false;
            }
            if (expanded > MaxExpandedSize)
            {
                diagnostics.Error(DiagnosticCodes.AliasLimit, At(alias.Start),
                    $"The aliases of this file stand for more than {MaxExpandedSize / 1024 / 1024} MB of text: '*{alias.Value.Value}' stands for {targetSize:N0} characters, and the {aliases:N0} aliases up to here for {expanded:N0}.",
                    $"Write the repeated text out where it is needed, or repeat it fewer times: each alias counts as a copy of its anchor, and the copies may add up to at most {MaxExpandedSize / 1024 / 1024} MB.");
                return false;
            }
            return true;
        }

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

    }

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; the location is ours to give.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = cut >= 0 ? message[(cut + 3)..] : message;
        return text.TrimEnd('.', ' ');
    }

    private sealed class Frame(SourceLocation location, bool isMapping, string? anchor, long startSize)
    {
        private readonly List<YamlNode> _items = [];
        private readonly List<KeyValuePair<YamlScalar, YamlNode>> _entries = [];
        private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
        private YamlScalar? _pendingKey;
        private bool _skipValue;

        public SourceLocation Location { get; } = location;
        public string? Anchor { get; } = anchor;

        /// <summary>The document's expanded size when this list or set of fields opened: its own size is the growth since.</summary>
        public long StartSize { get; } = startSize;

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
