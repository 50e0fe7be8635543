using System.Collections.Concurrent;

namespace Wsis.Diagnostics;

/// <summary>Collects every problem of a build so that all are reported together.</summary>
/// <remarks>
/// The counts are kept as diagnostics arrive, so asking "any errors in this file?" costs the same after 200,000
/// errors as after none: the readers ask it once per entry, and a scan of the bag each time made a flood of errors quadratic.
/// </remarks>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    private readonly ConcurrentDictionary<string, int> _errorsByPath = new(StringComparer.Ordinal);
    private int _errors;
    private int _warnings;

    public void Add(Diagnostic diagnostic)
    {
        _items.Enqueue(diagnostic);
        if (diagnostic.IsError)
        {
            Interlocked.Increment(ref _errors);
            _errorsByPath.AddOrUpdate(diagnostic.Location.Path, 1, (_, count) => count + 1);
        }
        else
            Interlocked.Increment(ref _warnings);
    }

    public void Error(string code, SourceLocation location, string message, string? fix = null) =>
        Add(new Diagnostic(code, Severity.Error, location, message, fix));

    public void Warning(string code, SourceLocation location, string message, string? fix = null) =>
        Add(new Diagnostic(code, Severity.Warning, location, message, fix));

    public bool HasErrors => Volatile.Read(ref _errors) > 0;

    public bool HasErrorsIn(string path) => _errorsByPath.ContainsKey(path);

    public int ErrorCount => Volatile.Read(ref _errors);

    public int WarningCount => Volatile.Read(ref _warnings);

    /// <summary>Sorted by file and position so output does not depend on thread timing.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
