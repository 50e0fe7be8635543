using System.Text;

namespace Wsis.Load;

/// <summary>
/// The content folder as it stood at a git ref, read with git (ls-tree, cat-file) into the same files the loader reads
/// from disk; the working tree is never touched. Null from <see cref="Open"/> when the folder is not in a repository.
/// </summary>
public sealed class GitRevisions
{
    private readonly string _folder;
    private readonly string _prefix;

    private GitRevisions(string folder, string prefix, bool shallow)
    {
        _folder = folder;
        _prefix = prefix;
        IsShallow = shallow;
    }

    /// <summary>A clone with part of the history only: a missing ref may be there upstream.</summary>
    public bool IsShallow { get; }

    public static GitRevisions? Open(string contentFolder)
    {
        var output = GitProcess.Text(contentFolder, "rev-parse", "--show-prefix", "--is-shallow-repository");
        if (output is null) return null;
        var lines = output.Split('\n');
        return lines.Length < 2 ? null : new GitRevisions(contentFolder, lines[0].Trim(), lines[1].Trim() == "true");
    }

    /// <summary>The commit a ref names and the id of the content folder's tree in it; null for a ref that is not here.</summary>
    public (string Commit, string Tree)? Resolve(string reference)
    {
        // A ref that starts with '-' would be read as an option.
        if (reference.Length == 0 || reference.StartsWith('-')) return null;
        var commit = GitProcess.Text(_folder, "rev-parse", "--verify", "--quiet", "--end-of-options", reference + "^{commit}")?.Trim();
        if (string.IsNullOrEmpty(commit)) return null;
        var tree = GitProcess.Text(_folder, "rev-parse", "--verify", "--quiet", "--end-of-options", $"{commit}:{_prefix}")?.Trim();
        return string.IsNullOrEmpty(tree) ? null : (commit, tree);
    }

    /// <summary>Every file of a tree, by its path below the content folder; a symbolic link is a file with a problem, as on disk.</summary>
    public IReadOnlyList<RawFile>? Files(string tree)
    {
        var listing = GitProcess.Run(_folder, null, "-c", "core.quotepath=off", "ls-tree", "-r", "-z", "--full-tree", tree);
        if (listing is not { ExitCode: 0 }) return null;
        var entries = listing.Text.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => (Info: line[..line.IndexOf('\t')].Split(' '), Path: line[(line.IndexOf('\t') + 1)..]))
            .Where(e => e.Info[1] == "blob")
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
        var contents = Blobs(entries.Select(e => e.Info[2]).ToList());
        if (contents is null) return null;
        return entries.Select((e, i) => e.Info[0] == "120000"
                ? new RawFile(e.Path, [], FolderWalk.Link(e.Path, Encoding.UTF8.GetString(contents[i])))
                : new RawFile(e.Path, contents[i]))
            .ToList();
    }

    /// <summary>One cat-file --batch for all blobs: "id blob size\n", the bytes, "\n" for each, in the order asked.</summary>
    private byte[][]? Blobs(IReadOnlyList<string> ids)
    {
        if (ids.Count == 0) return [];
        var output = GitProcess.Run(_folder, Encoding.ASCII.GetBytes(string.Join('\n', ids) + "\n"), "cat-file", "--batch");
        if (output is not { ExitCode: 0 }) return null;
        var bytes = output.Bytes;
        var result = new byte[ids.Count][];
        var at = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', at);
            if (end < 0) return null;
            var header = Encoding.ASCII.GetString(bytes, at, end - at).Split(' ');
            if (header.Length != 3 || !int.TryParse(header[2], out var size)) return null;
            result[i] = bytes.AsSpan(end + 1, Math.Min(size, TextDecoder.MaxBytes + 1)).ToArray();
            at = end + 1 + size + 1;
        }
        return result;
    }
}
