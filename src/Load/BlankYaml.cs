using Wsis.Diagnostics;

namespace Wsis.Load;

/// <summary>
/// YAML that holds no value at all (comments, blank lines, document markers). It parses without error to nothing, so a
/// file emptied by mistake would drop all its text without a word: it is an error instead.
/// </summary>
public static class BlankYaml
{
    public static bool Is(string yaml)
    {
        foreach (var line in yaml.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty || trimmed[0] == '#' || trimmed.SequenceEqual("---") || trimmed.SequenceEqual("...")) continue;
            return false;
        }
        return true;
    }

    public static void Report(string path, string message, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.EmptyFile, SourceLocation.File(path), message,
            "Write the file's fields (docs/content-format.md gives its shape), or delete the file if its text is meant to go.");
}
