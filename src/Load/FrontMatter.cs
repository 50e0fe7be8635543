using Wsis.Diagnostics;

namespace Wsis.Load;

/// <summary>Splits a Markdown file into its YAML front matter (between two '---' lines) and its body.</summary>
public static class FrontMatter
{
    public static MarkdownDocument Split(SourceFile file, DiagnosticBag diagnostics, YamlCache? cache = null)
    {
        var text = file.Text;
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.FrontMatter, SourceLocation.File(file.Path), "The file has no front matter.",
                "Start the file with a line '---', the YAML fields, and another line '---'.");
            return new MarkdownDocument(file, null, text, 1);
        }
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        while (end >= 0 && end + 4 < text.Length && text[end + 4] != '\n')
            end = text.IndexOf("\n---", end + 4, StringComparison.Ordinal);
        if (end < 0)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatter, SourceLocation.File(file.Path), "The front matter is not closed.",
                "Add a line '---' after the last YAML field.");
            return new MarkdownDocument(file, null, "", 1);
        }
        var yaml = text[4..(end + 1)];
        var bodyStart = Math.Min(text.Length, end + 5);
        var bodyLine = 2 + yaml.Count(c => c == '\n') + 1;
        if (BlankYaml.Is(yaml))
        {
            BlankYaml.Report(file.Path, "The front matter holds no fields (only comments or blank lines), so this file would vanish from the site.", diagnostics);
            return new MarkdownDocument(file, null, text[bodyStart..], bodyLine);
        }
        var node = (cache ?? new YamlCache(remember: false)).Parse(file, yaml, 2, diagnostics);
        return new MarkdownDocument(file, node, text[bodyStart..], bodyLine);
    }
}
