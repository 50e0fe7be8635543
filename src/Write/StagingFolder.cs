using System.Buffers;
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

    /// <param name="inputs">The content and templates folders, which the output may not be, hold or lie in (<see cref="OutputFolder"/>).</param>
    public static StagingFolder Create(string outputDirectory, IEnumerable<string> inputs)
    {
        // The commands check this first and answer with a usage error; here it guards every other way in.
        if (OutputFolder.Refusal(outputDirectory, inputs) is { } refusal) throw new InvalidOperationException($"Refusing to replace the output folder: {refusal}");
        var target = OutputFolder.RealPath(outputDirectory);
        ClearLeftovers(target);
        var staging = new StagingFolder(target, $"{target}.tmp-{Environment.ProcessId}");
        if (Directory.Exists(staging.Path)) Directory.Delete(staging.Path, recursive: true);
        Directory.CreateDirectory(staging.Path);
        staging.WriteFile(OutputFolder.MarkerName, System.Text.Encoding.UTF8.GetBytes(OutputFolder.MarkerText));
        return staging;
    }

    /// <summary>
    /// Removes the staging folders of builds that were killed (their process is gone). A build killed mid-swap leaves the
    /// previous site as OUTPUT.old-PID and no OUTPUT: that one is put back, not deleted. Only folders holding our marker are touched.
    /// </summary>
    private static void ClearLeftovers(string target)
    {
        var parent = System.IO.Path.GetDirectoryName(target);
        if (parent is null || !Directory.Exists(parent)) return;
        var name = System.IO.Path.GetFileName(target);
        foreach (var folder in Directory.EnumerateDirectories(parent, name + ".*-*").Order(StringComparer.Ordinal))
        {
            var suffix = System.IO.Path.GetFileName(folder)[name.Length..];
            var kind = suffix.StartsWith(".tmp-", StringComparison.Ordinal) ? "tmp" : suffix.StartsWith(".old-", StringComparison.Ordinal) ? "old" : null;
            if (kind is null || !int.TryParse(suffix[5..], out var pid) || IsRunning(pid) || !File.Exists(System.IO.Path.Combine(folder, OutputFolder.MarkerName))) continue;
            if (kind == "old" && !Directory.Exists(target)) Directory.Move(folder, target);
            else Directory.Delete(folder, recursive: true);
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Writes a page held whole.</summary>
    public void Write(RenderedPage page)
    {
        using var file = OpenPage(page.Path);
        file.Write(page.Html);
        file.Complete();
    }

    /// <summary>A page's file, encoded as its text arrives (<see cref="PageFile"/>).</summary>
    public IPageFile OpenPage(string path) =>
        new PageFile(File.OpenHandle(Resolve(path, createFolder: true), FileMode.CreateNew, FileAccess.Write, FileShare.None));

    /// <summary>
    /// A page's file, its text encoded as UTF-8 as it arrives, slice by slice through a pooled buffer, so a large page is
    /// never copied whole (a writer per page cost 80 KB of buffers); the encoder keeps a surrogate pair cut between two
    /// parts whole.
    /// </summary>
    private sealed class PageFile(Microsoft.Win32.SafeHandles.SafeFileHandle handle) : IPageFile
    {
        // Characters encoded at a time: the pooled buffer stays small.
        private const int SliceLength = 32 * 1024;

        private readonly Encoder _encoder = Utf8.GetEncoder();
        private long _offset;

        public void Write(ReadOnlySpan<char> text) => Encode(text, flush: false);

        public void Complete() => Encode([], flush: true);

        private void Encode(ReadOnlySpan<char> text, bool flush)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(SliceLength));
            try
            {
                do
                {
                    var slice = text[..Math.Min(text.Length, SliceLength)];
                    text = text[slice.Length..];
                    var written = _encoder.GetBytes(slice, buffer, flush && text.IsEmpty);
                    RandomAccess.Write(handle, buffer.AsSpan(0, written), _offset);
                    _offset += written;
                }
                while (!text.IsEmpty);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        public void Dispose() => handle.Dispose();
    }

    public void Write(OutputFile file) => WriteFile(file.Path, file.Content);

    /// <summary>Puts the staged site in place of the output folder.</summary>
    public void Commit()
    {
        if (OutputFolder.Refusal(_target, []) is { } refusal) throw new InvalidOperationException($"Refusing to replace the output folder: {refusal}");
        var previous = $"{_target}.old-{Environment.ProcessId}";
        if (Directory.Exists(_target)) Directory.Move(_target, previous);
        Directory.Move(Path, _target);
        _committed = true;
        if (Directory.Exists(previous)) Remove(previous);
    }

    // The previous site removed on both cores, a folder two levels down at a time (an action line's pages, the search
    // fragments), then what is left: thousands of files, for each of which a single thread waited on the system in turn.
    // A link is never followed: one put in the old site is removed itself, with the last folder, and what it points to stays.
    private static void Remove(string folder)
    {
        var folders = new EnumerationOptions { AttributesToSkip = FileAttributes.ReparsePoint };
        Parallel.ForEach(Directory.GetDirectories(folder, "*", folders).SelectMany(d => Directory.GetDirectories(d, "*", folders)),
            part => Directory.Delete(part, recursive: true));
        Directory.Delete(folder, recursive: true);
    }

    public void Dispose()
    {
        if (_committed || !Directory.Exists(Path)) return;
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // What could not be removed now is removed by the next build (ClearLeftovers): this process will be gone by then.
        }
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
