using System.Buffers;
using System.Text;
using Wsis.Diagnostics;

namespace Wsis.Load;

/// <summary>Turns bytes into text, refusing what an editor would not mean: other encodings, a BOM, empty or huge files.</summary>
public static class TextDecoder
{
    /// <summary>
    /// The largest file read: a guard against a file that is not content at all. The real action lines are tens of KB; a
    /// synthetic publication of 40,000 items (bench/compare-hugo.sh) puts about 3.2 MB in each action line's YAML.
    /// </summary>
    public const int MaxBytes = 8 * 1024 * 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceFile? Decode(RawFile raw, DiagnosticBag diagnostics)
    {
        if (raw.Problem is { } problem)
        {
            diagnostics.Add(problem);
            return null;
        }
        var at = SourceLocation.File(raw.Path);
        if (raw.Bytes.Length > MaxBytes)
        {
            diagnostics.Error(DiagnosticCodes.FileTooLarge, at, $"The file is larger than {MaxBytes / 1024 / 1024} MB.",
                "Split it into smaller files; no content file needs to be this large.");
            return null;
        }
        if (raw.Bytes.AsSpan().Trim((byte)' ').Trim("\r\n\t"u8).IsEmpty)
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, at, "The file is empty.", "Fill it in, or delete it.");
            return null;
        }
        if (raw.Bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            diagnostics.Error(DiagnosticCodes.ByteOrderMark, at, "The file starts with a byte-order mark (BOM).",
                "Save it as UTF-8 without BOM (most editors offer 'UTF-8' next to 'UTF-8 with BOM').");
            return null;
        }
        try
        {
            // A lone CR ends a line for YAML and Markdown as CRLF does: every stage, and the quoted line of an error, counts lines alike.
            var text = StrictUtf8.GetString(raw.Bytes).Replace("\r\n", "\n").Replace('\r', '\n');
            if (text.Contains('\0'))
            {
                diagnostics.Error(DiagnosticCodes.NotUtf8, LocationOf(raw.Path, text, text.IndexOf('\0')), "The file contains a NUL character: it is not a text file.",
                    "Save it as plain UTF-8 text.");
                return null;
            }
            return new SourceFile(raw.Path, WithoutControlCharacters(raw.Path, text, diagnostics));
        }
        catch (DecoderFallbackException e)
        {
            var valid = Encoding.UTF8.GetString(raw.Bytes, 0, Math.Max(0, e.Index));
            diagnostics.Error(DiagnosticCodes.NotUtf8, LocationOf(raw.Path, valid, valid.Length), "The file is not valid UTF-8 text.",
                "Save it as UTF-8 (it may have been saved as Latin-1 or Windows-1252).");
            return null;
        }
    }

    /// <summary>Lines reported one by one before the rest are counted in one diagnostic.</summary>
    public const int MaxControlLines = 100;

    /// <summary>
    /// Reports each control character other than tab and line feed (C0, DEL, C1) and replaces it by U+FFFD: invisible in an
    /// editor, it would reach pages, terminals and CI logs (ESC starts terminal commands). The replacement keeps the rest
    /// of the file readable, so its other errors are found in the same build, and the build fails on this one.
    /// </summary>
    private static string WithoutControlCharacters(string path, string text, DiagnosticBag diagnostics)
    {
        var first = text.AsSpan().IndexOfAny(ControlCharacters);
        if (first < 0) return text;

        var lines = new LineMap(text);
        var chars = text.ToCharArray();
        var reported = 0;
        var lastLine = 0;
        var more = 0;
        SourceLocation? firstUnreported = null;
        for (var i = first; i < chars.Length; i++)
        {
            if (!IsControl(chars[i])) continue;
            var (line, column) = lines.Locate(i);
            if (line != lastLine)
            {
                lastLine = line;
                if (reported < MaxControlLines)
                {
                    reported++;
                    diagnostics.Error(DiagnosticCodes.ControlCharacter, new SourceLocation(path, line, column),
                        $"The text contains the control character {Describe(chars[i])}, which editors do not show and which would reach pages and terminals.",
                        "Delete it (it comes from copying out of a terminal, a PDF or a word processor); use a space, a tab or a new line instead.");
                }
                else
                {
                    more++;
                    firstUnreported ??= new SourceLocation(path, line, column);
                }
            }
            chars[i] = '\uFFFD';
        }
        if (firstUnreported is not null)
            diagnostics.Error(DiagnosticCodes.ControlCharacter, firstUnreported,
                $"This line and {more - 1:N0} more below it contain control characters too (only the first {MaxControlLines} lines are listed one by one).",
                "Delete every control character of the file; an editor's search for the escape \\x1B (or regular expression [\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F]) finds them.");
        return new string(chars);
    }

    private static bool IsControl(char c) => c is (< ' ' and not '\t' and not '\n') or (>= '\x7F' and <= '\x9F');

    private static readonly SearchValues<char> ControlCharacters =
        SearchValues.Create(Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(IsControl).ToArray());

    private static string Describe(char c)
    {
        var name = c switch
        {
            '\x07' => "BEL",
            '\x08' => "backspace",
            '\x0B' => "vertical tab",
            '\x0C' => "form feed",
            '\x1B' => "ESC",
            '\x7F' => "DEL",
            '\x9B' => "CSI",
            _ => null,
        };
        var code = $"U+{(int)c:X4}";
        return name is null ? code : $"{code} ({name})";
    }

    private static SourceLocation LocationOf(string path, string text, int index)
    {
        var (line, column) = new LineMap(text).Locate(index);
        return new SourceLocation(path, line, column);
    }
}
