using System.Collections.Concurrent;

namespace Wsis.Diagnostics;

/// <summary>Collects every problem of a build so that all are reported together.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Error(string code, SourceLocation location, string message, string? fix = null) =>
        Add(new Diagnostic(code, Severity.Error, location, message, fix));

    public void Warning(string code, SourceLocation location, string message, string? fix = null) =>
        Add(new Diagnostic(code, Severity.Warning, location, message, fix));

    public bool HasErrors => _items.Any(d => d.IsError);

    public bool HasErrorsIn(string path) => _items.Any(d => d.IsError && d.Location.Path == path);

    public int ErrorCount => _items.Count(d => d.IsError);

    public int WarningCount => _items.Count(d => !d.IsError);

    /// <summary>Sorted by file and position so output does not depend on thread timing.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
