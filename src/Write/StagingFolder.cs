using System.Collections.Concurrent;
using System.Text;
using Wsis.Render;

namespace Wsis.Write;

/// <summary>
/// A new site being written beside the output folder. Files go in as they are made (from any thread); Commit
/// swaps the staging folder in for the output, and disposing without a commit deletes it, so a failed or
/// interrupted build never leaves a half-written site behind.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _target;
    private readonly ConcurrentDictionary<string, DirectoryInfo> _directories = new(StringComparer.Ordinal);
    private bool _committed;

    private StagingFolder(string target, string path)
    {
        _target = target;
        Path = path;
    }

    /// <summary>The staging folder itself, complete once every file is written (the search indexer runs over it).</summary>
    public string Path { get; }

    public static StagingFolder Create(string outputDirectory)
    {
        var target = System.IO.Path.GetFullPath(outputDirectory).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var staging = new StagingFolder(target, $"{target}.tmp-{Environment.ProcessId}");
        if (Directory.Exists(staging.Path)) Directory.Delete(staging.Path, recursive: true);
        Directory.CreateDirectory(staging.Path);
        return staging;
    }

    /// <summary>Encodes the page as it writes it, through a small buffer: a large page is never copied whole.</summary>
    public void Write(RenderedPage page)
    {
        using var stream = new FileStream(Resolve(page.Path, createFolder: true), FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        using var writer = new StreamWriter(stream, Utf8, bufferSize: 16 * 1024);
        writer.Write(page.Html);
    }

    public void Write(OutputFile file) => WriteFile(file.Path, file.Content);

    /// <summary>Puts the staged site in place of the output folder.</summary>
    public void Commit()
    {
        var previous = $"{_target}.old-{Environment.ProcessId}";
        if (Directory.Exists(_target)) Directory.Move(_target, previous);
        Directory.Move(Path, _target);
        _committed = true;
        if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }

    private void WriteFile(string relative, ReadOnlySpan<byte> bytes)
    {
        using var handle = File.OpenHandle(Resolve(relative, createFolder: true), FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None, bytes.Length);
        RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>The full path of an output file; a last guard under the slug rules: no output path may leave the output folder.</summary>
    private string Resolve(string relative, bool createFolder)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, relative));
        if (!full.StartsWith(Path + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"Refusing to write outside the output folder: {relative}");
        // A folder is in the set only once it exists, so no thread writes into one another thread is still creating.
        if (createFolder) _directories.GetOrAdd(System.IO.Path.GetDirectoryName(full)!, Directory.CreateDirectory);
        return full;
    }
}
