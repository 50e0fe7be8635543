using Wsis.Diagnostics;
using Wsis.Load;

namespace Wsis.Editions;

/// <summary>
/// `changes`: the content at one ref against another ref or the working tree. Diagnostics of a ref's content are
/// placed at "ref:path" so they are not taken for the working tree's.
/// </summary>
public sealed record ChangeSet(ChangeSide? From, ChangeSide? To, IReadOnlyList<ItemChange> Changes, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyDictionary<string, string> Texts)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError) || From?.Snapshot.Publication is null || To?.Snapshot.Publication is null;

    public static ChangeSet Compare(string contentFolder, string from, string? to)
    {
        var diagnostics = new DiagnosticBag();
        var git = GitRevisions.Open(contentFolder);
        var revisions = new RevisionReader(git);
        var at = SourceLocation.File(contentFolder);
        ChangeSide? Read(string reference) =>
            revisions.Read(reference, at, diagnostics) is { } read ? new ChangeSide(reference, read.Commit, read.Snapshot) : null;
        var before = Read(from);
        var after = to is null ? new ChangeSide("the working tree", null, ContentSnapshot.Of(ContentDirectory.Read(contentFolder))) : Read(to);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var side in new[] { before, after }.OfType<ChangeSide>())
        {
            var prefix = side.Commit is null ? "" : side.Name + ":";
            // Errors only: the warnings are the build's business, not what a change does.
            foreach (var d in side.Snapshot.Diagnostics.Where(d => d.IsError)) diagnostics.Add(d with { Location = d.Location with { Path = prefix + d.Location.Path } });
            foreach (var (path, text) in side.Snapshot.Texts) texts.TryAdd(prefix + path, text);
        }
        var changes = before?.Snapshot.Publication is { } old && after?.Snapshot.Publication is { } now ? EditionComparer.Compare(old, now) : [];
        return new ChangeSet(before, after, changes, diagnostics.Sorted(), texts);
    }
}
