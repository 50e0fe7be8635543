using Wsis.Caching;
using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Model;

namespace Wsis.Validate;

/// <summary>
/// Action lines read across the rebuilds of `serve`: a folder whose files have the same paths and texts, read against
/// the same vocabulary, gives the same action line, so the earlier one is handed back, its items the same instances,
/// with what reading it reported reported again. An edit of one priority then reads one folder, not eleven (reading
/// and checking every folder again was a sixth of a rebuild's CPU; docs/speed.md), and what is kept by item instance
/// downstream (<c>ItemViewCache</c>) knows the other items unchanged at once. A one-off build keeps nothing.
/// </summary>
public sealed class ActionLineCache(bool remember = true)
{
    private readonly Memo<string, Kept> _lines = new(StringComparer.Ordinal, remember);

    /// <summary><see cref="ActionLineReader.Read"/>, or its result for the same files and vocabulary before.</summary>
    public ActionLine? Read(LoadedActionLine loaded, Vocabulary vocabulary, DiagnosticBag diagnostics)
    {
        var files = FilesOf(loaded);
        // A file that failed to load changes what reading reports (its fields are not looked for): read it as it is.
        if (!_lines.Remembers || files.Any(f => diagnostics.HasErrorsIn(f.Path))) return ActionLineReader.Read(loaded, vocabulary, diagnostics);
        if (_lines.TryGet(loaded.Folder, out var kept) && kept.Files.SequenceEqual(files) && kept.Vocabulary.SameAs(vocabulary))
        {
            foreach (var diagnostic in kept.Reported) diagnostics.Add(diagnostic);
            return kept.Line;
        }
        var own = new DiagnosticBag();
        var line = ActionLineReader.Read(loaded, vocabulary, own);
        var reported = own.Sorted();
        foreach (var diagnostic in reported) diagnostics.Add(diagnostic);
        _lines.Set(loaded.Folder, new Kept(files, vocabulary, line, reported));
        return line;
    }

    public void Sweep() => _lines.Sweep();

    // Everything reading looks at: each file's path and text (the parsed trees are made from them alone). The strings of
    // unchanged files are the same instances (DecodeCache), so comparing them costs nothing.
    private static SourceFile[] FilesOf(LoadedActionLine loaded) =>
        [.. new[] { loaded.Overview?.File, loaded.Priorities?.File, loaded.Roadmap?.File, loaded.Context?.File }.Select(f => f ?? Absent)];

    private static readonly SourceFile Absent = new("", "");

    private sealed record Kept(SourceFile[] Files, Vocabulary Vocabulary, ActionLine? Line, IReadOnlyList<Diagnostic> Reported);
}
