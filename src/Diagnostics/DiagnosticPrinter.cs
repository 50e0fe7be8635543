using System.Globalization;
using System.Text;
namespace Wsis.Diagnostics;

/// <summary>
/// Prints diagnostics like a compiler: position, message, the offending line with a caret, and the fix.
/// At most <see cref="MaxPerFile"/> per file, then a count of the rest: a file with 200,000 mistakes has one cause
/// to fix, and printing them all would take longer than the build. Each file's lines are indexed once
/// (<see cref="LineMap"/>), so printing is linear in what is printed. Control characters from content or file names
/// are printed as escapes (\x1B, \u202E), never raw: they must not drive the terminal or a CI log.
/// </summary>
public static class DiagnosticPrinter
{
    public const int MaxPerFile = 20;

    /// <summary>Longest stretch of a line quoted; a longer line is cut around the caret.</summary>
    private const int QuotedWidth = 160;

    public static void Print(IEnumerable<Diagnostic> diagnostics, IReadOnlyDictionary<string, string> sources, TextWriter writer)
    {
        foreach (var file in diagnostics.GroupBy(d => d.Location.Path, StringComparer.Ordinal))
        {
            var all = file.ToList();
            var shown = Shown(all);
            LineMap? lines = null;
            foreach (var diagnostic in shown)
            {
                if (lines is null && sources.TryGetValue(file.Key, out var text)) lines = new LineMap(text);
                Print(diagnostic, lines, writer);
            }
            if (shown.Count == all.Count) continue;
            var errors = all.Count(d => d.IsError) - shown.Count(d => d.IsError);
            var warnings = all.Count - shown.Count - errors;
            var rest = string.Join(" and ", new[] { Count(errors, "error"), Count(warnings, "warning") }.Where(s => s.Length > 0));
            writer.WriteLine($"{Printable(file.Key)}: … and {rest} in this file, not shown: at most {MaxPerFile} are printed per file; fix these and build again.");
        }
    }

    /// <summary>The diagnostics of one file to print, in their order: all when few, else errors first and warnings in the room left.</summary>
    private static IReadOnlyList<Diagnostic> Shown(IReadOnlyList<Diagnostic> all)
    {
        if (all.Count <= MaxPerFile) return all;
        var errors = all.Where(d => d.IsError).Take(MaxPerFile).ToHashSet(ReferenceEqualityComparer.Instance);
        var warnings = all.Where(d => !d.IsError).Take(MaxPerFile - errors.Count);
        errors.UnionWith(warnings);
        return all.Where(errors.Contains).ToList();
    }

    private static string Count(int count, string what) =>
        count == 0 ? "" : $"{count.ToString("N0", CultureInfo.InvariantCulture)} more {what}{(count == 1 ? "" : "s")}";

    private static void Print(Diagnostic diagnostic, LineMap? lines, TextWriter writer)
    {
        var at = diagnostic.Location;
        writer.WriteLine($"{Printable(at.ToString())}: {(diagnostic.IsError ? "error" : "warning")} {diagnostic.Code}: {Printable(diagnostic.Message)}");
        var line = lines?.Line(at.Line);
        if (line is { Length: > 0 })
        {
            var number = at.Line.ToString(CultureInfo.InvariantCulture);
            var (quoted, caret) = Quote(line, at.Column - 1);
            writer.WriteLine($"  {number} | {quoted}");
            writer.WriteLine($"  {new string(' ', number.Length)} | {caret}^");
        }
        if (diagnostic.Fix is not null) writer.WriteLine($"  fix: {Printable(diagnostic.Fix)}");
    }

    /// <summary>The line as printed (cut to <see cref="QuotedWidth"/> around the column) and the padding that puts a caret under the column.</summary>
    private static (string Quoted, string Caret) Quote(string line, int column)
    {
        column = Math.Clamp(column, 0, line.Length);
        var start = column < QuotedWidth - 20 ? 0 : column - (QuotedWidth - 40);
        var end = Math.Min(line.Length, start + QuotedWidth);
        var quoted = new StringBuilder(start > 0 ? "…" : "");
        var caret = new StringBuilder(start > 0 ? " " : "");
        for (var i = start; i < end; i++)
        {
            var shown = Printable(line[i]);
            quoted.Append(shown);
            // Tabs under tabs, so the caret lines up whatever the terminal's tab width.
            if (i < column) caret.Append(shown == "\t" ? "\t" : new string(' ', shown.Length));
        }
        if (end < line.Length) quoted.Append('…');
        return (quoted.ToString(), caret.ToString());
    }

    /// <summary>Text with every control character (C0 but tab, DEL, C1), bidirectional control and line separator written as an escape.</summary>
    public static string Printable(string text)
    {
        var i = 0;
        while (i < text.Length && !NeedsEscape(text[i])) i++;
        if (i == text.Length) return text;
        var result = new StringBuilder(text, 0, i, text.Length + 16);
        for (; i < text.Length; i++) result.Append(Printable(text[i]));
        return result.ToString();
    }

    private static bool NeedsEscape(char c) =>
        c is (< ' ' and not '\t') or '\x7F' or (>= '\x80' and <= '\x9F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
            or '\u200E' or '\u200F' or '\u061C' or '\u2028' or '\u2029';

    private static string Printable(char c) =>
        !NeedsEscape(c) ? c.ToString() : c <= '\xFF' ? $"\\x{(int)c:X2}" : $"\\u{(int)c:X4}";
}
