using Wsis.Caching;
using Wsis.Diagnostics;

namespace Wsis.Load;

/// <summary>
/// Parsed YAML by file, text and first line, kept across the rebuilds of `serve` so that only edited files are
/// parsed again. The diagnostics a parse reported are kept with it and reported again on every reuse.
/// </summary>
public sealed class YamlCache(bool remember = true)
{
    private readonly Memo<(string Path, string Yaml, int FirstLine), (YamlNode? Node, IReadOnlyList<Diagnostic> Diagnostics)> _memo = new(remember: remember);

    public YamlNode? Parse(SourceFile file, string yaml, int firstLine, DiagnosticBag diagnostics)
    {
        if (!_memo.Remembers) return YamlTreeParser.Parse(file, yaml, firstLine, diagnostics);
        var (node, reported) = _memo.GetOrAdd((file.Path, yaml, firstLine), key =>
        {
            var own = new DiagnosticBag();
            return (YamlTreeParser.Parse(file, key.Yaml, key.FirstLine, own), own.Sorted());
        });
        foreach (var diagnostic in reported) diagnostics.Add(diagnostic);
        return node;
    }

    public void Sweep() => _memo.Sweep();
}
