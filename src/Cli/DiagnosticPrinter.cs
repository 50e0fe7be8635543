using Wsis.Diagnostics;

namespace Wsis.Cli;

/// <summary>Prints diagnostics like a compiler: position, message, the offending line with a caret, and the fix.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, IReadOnlyDictionary<string, string> sources, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine($"{diagnostic.Location}: {(diagnostic.IsError ? "error" : "warning")} {diagnostic.Code}: {diagnostic.Message}");
            var line = sources.TryGetValue(diagnostic.Location.Path, out var text) ? new Load.SourceFile(diagnostic.Location.Path, text).LineText(diagnostic.Location.Line) : null;
            if (line is not null && line.Length > 0)
            {
                var number = diagnostic.Location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var shown = line.Length > 160 ? line[..160] + "…" : line;
                writer.WriteLine($"  {number} | {shown}");
                writer.WriteLine($"  {new string(' ', number.Length)} | {new string(' ', Math.Clamp(diagnostic.Location.Column - 1, 0, shown.Length))}^");
            }
            if (diagnostic.Fix is not null) writer.WriteLine($"  fix: {diagnostic.Fix}");
        }
    }
}
