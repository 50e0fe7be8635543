using Wsis.Diagnostics;

namespace Wsis.Write;

/// <summary>
/// The rule that keeps a build from deleting what it did not write: which folders a built site may replace. A build
/// replaces its output folder whole, so the folder must be new, empty, or one a build of ours wrote (it holds the marker).
/// </summary>
public static class OutputFolder
{
    /// <summary>Written into every site we build; its presence is what allows the next build to replace the folder.</summary>
    public const string MarkerName = ".wsis-site";
    public const string MarkerText = "This folder was written by the WSIS publication engine (dotnet run -- build); the next build replaces it whole.\n";

    /// <summary>Null when the folder may receive a site; otherwise a sentence saying why not and how to go on.</summary>
    /// <param name="inputs">The content and templates folders: never replaced, nor anything holding or inside them.</param>
    public static string? Refusal(string output, IEnumerable<string> inputs)
    {
        var target = RealPath(output);
        var shown = $"'{output}'";
        if (Path.GetPathRoot(target) == target) return $"{shown} is the root of the file system.";
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && Contains(target, RealPath(home))) return $"{shown} is or holds your home folder.";
        foreach (var input in inputs.Select(RealPath))
        {
            if (target == input) return $"{shown} is the input folder '{input}'.";
            if (Contains(target, input)) return $"{shown} holds the input folder '{input}'.";
            if (Contains(input, target)) return $"{shown} lies inside the input folder '{input}'.";
        }
        if (File.Exists(target)) return $"{shown} is a file, not a folder.";
        if (!Directory.Exists(target)) return null;
        if (Directory.Exists(Path.Combine(target, ".git")) || File.Exists(Path.Combine(target, ".git"))) return $"{shown} holds a git repository.";
        if (File.Exists(Path.Combine(target, MarkerName)) || !Directory.EnumerateFileSystemEntries(target).Any()) return null;
        return $"{shown} exists and was not written by a build of this site (it has no {MarkerName} file), so replacing it could delete your files.";
    }

    public const string Advice = "Choose another folder with --output (the default is _site), or move the folder away yourself if it is really yours to replace.";

    /// <summary>A failure of the disk rather than of the build: no permission, no space, a path that cannot be made.</summary>
    public static bool IsWriteFailure(Exception e) => e switch
    {
        AggregateException all => all.Flatten().InnerExceptions.All(IsWriteFailure),
        IOException or UnauthorizedAccessException => true,
        _ => false,
    };

    /// <summary>The error for a site that could not be written; the staging folder is gone and the previous output untouched.</summary>
    public static Diagnostic NotWritten(string output, Exception e)
    {
        var cause = e is AggregateException all ? all.Flatten().InnerExceptions[0] : e;
        return new Diagnostic(DiagnosticCodes.OutputNotWritten, Severity.Error, SourceLocation.File(output),
            $"The site could not be written: {cause.Message}",
            "Check that the output folder's parent exists and is writable and that the disk has room; the previous output is left as it was.");
    }

    /// <summary>Whether a is b or lies above it.</summary>
    private static bool Contains(string a, string b) =>
        a == b || b.StartsWith(a.EndsWith(Path.DirectorySeparatorChar) ? a : a + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The absolute path with every symbolic link in it resolved, so a link cannot disguise a protected folder.</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var resolved = root;
        var parts = new Queue<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        for (var hops = 0; parts.Count > 0;)
        {
            var next = Path.Combine(resolved, parts.Dequeue());
            var info = new FileInfo(next);
            // Past 40 links the system itself gives up (ELOOP); so do we, and keep the path as it stands.
            if (info.LinkTarget is { } target && ++hops <= 40)
            {
                var targetPath = Path.GetFullPath(target, resolved);
                var rest = parts.ToArray();
                var targetRoot = Path.GetPathRoot(targetPath)!;
                resolved = targetRoot;
                parts = new Queue<string>(targetPath[targetRoot.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
                continue;
            }
            resolved = next;
        }
        return resolved.Length > root.Length ? resolved.TrimEnd(Path.DirectorySeparatorChar) : resolved;
    }
}
