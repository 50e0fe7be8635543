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
        var all = site.Pages.Select(p => (p.Path, Bytes: (ReadOnlyMemory<byte>)Utf8.GetBytes(p.Html)))
            .Concat(site.Files.Select(f => (f.Path, Bytes: (ReadOnlyMemory<byte>)f.Content)))
            .ToList();
        foreach (var directory in all.Select(f => Path.GetDirectoryName(Resolve(root, f.Path))!).Distinct(StringComparer.Ordinal))
            Directory.CreateDirectory(directory);
        Parallel.ForEach(all, file =>
        {
            using var stream = new FileStream(Resolve(root, file.Path), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None);
            stream.Write(file.Bytes.Span);
        });
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
