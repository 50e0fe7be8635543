using Wsis.Caching;
using Wsis.Diagnostics;
using Wsis.Load;

namespace Wsis.Editions;

/// <summary>
/// Models of the content at git refs, kept by the id of the content folder's tree: a past edition never changes, so it
/// is built once per process however many builds (serve) or editions ask for it, and two refs with the same content share one model.
/// </summary>
public sealed class RevisionReader(GitRevisions? git, Memo<string, ContentSnapshot>? cache = null)
{
    private readonly Memo<string, ContentSnapshot> _cache = cache ?? new(StringComparer.Ordinal);

    public bool HasRepository => git is not null;

    /// <summary>The model at a ref; null with a diagnostic at <paramref name="at"/> when the ref is not in the repository.</summary>
    public (ContentSnapshot Snapshot, string Commit)? Read(string reference, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (git is null)
        {
            diagnostics.Error(DiagnosticCodes.NoRepository, at, $"The ref '{reference}' cannot be read: the content folder is not in a git repository, or git is not installed.",
                "Build from a clone of the repository (git clone …), with git on the PATH.");
            return null;
        }
        if (git.Resolve(reference) is not { } resolved)
        {
            diagnostics.Error(DiagnosticCodes.UnknownRef, at, $"The ref '{reference}' is not in this repository{(git.IsShallow ? ", which is a shallow clone" : "")}.",
                git.IsShallow
                    ? "Fetch the whole history and the tags: git fetch --unshallow --tags (in CI: actions/checkout with fetch-depth: 0)."
                    : "Check the tag or commit name (git tag --list), or fetch the tags: git fetch --tags.");
            return null;
        }
        var snapshot = _cache.GetOrAdd(resolved.Tree, tree => git.Files(tree) is { } files
            ? ContentSnapshot.Of(files)
            : new ContentSnapshot(null, [new Diagnostic(DiagnosticCodes.UnknownRef, Severity.Error, at, $"git could not read the content of '{reference}'.", "Run 'git fsck' to check the repository.")],
                new Dictionary<string, string>()));
        return (snapshot, resolved.Commit);
    }
}
