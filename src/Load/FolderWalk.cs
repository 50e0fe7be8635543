using System.Security;
using Wsis.Diagnostics;

namespace Wsis.Load;

/// <summary>
/// Lists the files under a folder without following symbolic links: a build reads nothing from outside the folder,
/// a link loop cannot trap it and a dangling link cannot crash it. A link, or a folder that cannot be listed, comes back
/// as a diagnostic in place of a file.
/// </summary>
public static class FolderWalk
{
    private static readonly EnumerationOptions OneLevel = new()
    {
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
        ReturnSpecialDirectories = false,
    };

    /// <param name="root">The folder to list; it may itself be a link (the caller named it).</param>
    /// <param name="prefix">Put before each relative path in diagnostics ("templates/" for the templates folder).</param>
    public static IReadOnlyList<FolderEntry> Files(string root, string prefix = "")
    {
        var rootPath = Path.GetFullPath(root);
        var found = new List<FolderEntry>();
        var pending = new Stack<string>();
        pending.Push(rootPath);
        string Relative(string full) => Path.GetRelativePath(rootPath, full).Replace('\\', '/');

        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            List<FileSystemInfo> children;
            try
            {
                children = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos("*", OneLevel)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException)
            {
                found.Add(Refused(Relative(folder), folder, Unreadable(prefix + Relative(folder), e)));
                continue;
            }
            foreach (var child in children)
            {
                var relative = Relative(child.FullName);
                if (child.LinkTarget is { } target)
                    found.Add(Refused(relative, child.FullName, Link(prefix + relative, target)));
                else if (child is DirectoryInfo)
                    pending.Push(child.FullName);
                else
                    found.Add(new FolderEntry(relative, child.FullName, null));
            }
        }
        return found.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>The error for a file that exists but could not be read (permissions, a disk error).</summary>
    public static Diagnostic Unreadable(string path, Exception e) =>
        new(DiagnosticCodes.UnreadableFile, Severity.Error, SourceLocation.File(path), $"The file or folder cannot be read: {e.Message}",
            "Check its permissions (it must be readable by the user who runs the build), or remove it.");

    internal static Diagnostic Link(string path, string target) =>
        new(DiagnosticCodes.SymbolicLink, Severity.Error, SourceLocation.File(path),
            $"This is a symbolic link (to '{target}'); the build reads only files that are really in the folder, never through a link.",
            "Replace the link with a copy of the file itself (git: 'git rm' the link, copy the file in, 'git add' it), or remove it.");

    private static FolderEntry Refused(string path, string fullPath, Diagnostic problem) => new(path, fullPath, problem);
}

/// <summary>A file found under a folder: its path relative to it, its full path, and why it may not be read, if so.</summary>
public sealed record FolderEntry(string Path, string FullPath, Diagnostic? Problem);
