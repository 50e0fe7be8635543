using System.Buffers;
using System.Text;
using Wsis.Render;

namespace Wsis.Write;

/// <summary>
/// The only code that touches the output folder. It writes the whole site next to the old one and then swaps
/// the two, so a failed or interrupted build never leaves a half-written site behind.
/// </summary>
public static class SiteWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes the site; finish, if given, runs over the complete staging folder before the swap (the search indexer)
    /// and may refuse it, which leaves the old output in place. Returns whether the new site was put in place.
    /// </summary>
    public static bool Write(RenderedSite site, string outputDirectory, Func<string, bool>? finish = null)
    {
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var staging = $"{target}.tmp-{Environment.ProcessId}";
        var previous = $"{target}.old-{Environment.ProcessId}";
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        try
        {
            WriteAll(site, staging);
            if (finish is not null && !finish(staging)) return false;
            if (Directory.Exists(target)) Directory.Move(target, previous);
            Directory.Move(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
        if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
        return true;
    }

    private static void WriteAll(RenderedSite site, string root)
    {
        foreach (var directory in site.Pages.Select(p => p.Path).Concat(site.Files.Select(f => f.Path))
                     .Select(path => Path.GetDirectoryName(Resolve(root, path))!).Distinct(StringComparer.Ordinal))
            Directory.CreateDirectory(directory);
        // Each page is encoded straight into a pooled buffer and written: no second copy of the whole site in memory.
        Parallel.ForEach(site.Pages, page =>
        {
            var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(page.Html.Length));
            try
            {
                var length = Utf8.GetBytes(page.Html, buffer);
                WriteFile(Resolve(root, page.Path), buffer.AsSpan(0, length));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        });
        Parallel.ForEach(site.Files, file => WriteFile(Resolve(root, file.Path), file.Content));
    }

    private static void WriteFile(string path, ReadOnlySpan<byte> bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None, bytes.Length);
        RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>A last guard under the slug rules: no output path may leave the output folder.</summary>
    private static string Resolve(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"Refusing to write outside the output folder: {relative}");
        return full;
    }
}
