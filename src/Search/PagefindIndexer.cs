using System.Diagnostics;
using Wsis.Render;

namespace Wsis.Search;

/// <summary>
/// Pagefind (npm `pagefind`, pinned in package.json, installed by `npm ci`): where it is installed, and its own files of
/// the search (pagefind.js, its UI and WebAssembly), which read the index written from the pages (<see cref="SearchIndexWriter"/>).
/// The site works without them: only search is missing.
/// </summary>
public static class PagefindIndexer
{
    public const string InstallHint = "Run 'npm ci' in the repository root to install Pagefind.";

    /// <summary>
    /// The pagefind launcher npm installs under node_modules/.bin, in the folder given or the nearest one above it
    /// that has one (the repository the content lives in, whatever the working directory), or null. The build looks
    /// beside the content, then beside the templates (a sample written elsewhere, built with the repository's templates).
    /// </summary>
    public static string? Find(string folder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "node_modules", ".bin", OperatingSystem.IsWindows() ? "pagefind.cmd" : "pagefind");
            if (File.Exists(path)) return path;
        }
        return null;
    }

    /// <summary>The folder, inside the site folder, where Pagefind is run over a page of one word for its scripts and WebAssembly; removed again before the site is published.</summary>
    public const string AssetsFolder = ".pagefind-assets";

    /// <summary>
    /// Pagefind's own files of the search (pagefind.js, its UI, its WebAssembly), at their paths in the site, and its entry
    /// file's version and word characters: Pagefind run over a site of one page of one word, in the site folder, which the
    /// index written from the model then completes. Null and what went wrong when Pagefind fails.
    /// </summary>
    /// <remarks>
    /// They are the same for every site, so they are kept in node_modules/.cache under the installed Pagefind's version and
    /// Pagefind runs only when that version has none there yet (a process start and 0.16 s of CPU a build, docs/speed.md).
    /// </remarks>
    public static (IReadOnlyList<OutputFile> Files, PagefindEntry? Entry, string? Error) Assets(string pagefind, string siteFolder)
    {
        var cache = CacheFolder(pagefind);
        if (cache is not null && Cached(cache) is { } cached) return cached;
        var work = Path.Combine(Path.GetFullPath(siteFolder), AssetsFolder);
        try
        {
            var site = Path.Combine(work, "site");
            var output = Path.Combine(work, "pagefind");
            Directory.CreateDirectory(site);
            File.WriteAllText(Path.Combine(site, "index.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><main data-pagefind-body><p>x</p></main></body></html>");
            if (Run(pagefind, site, output) is { } error) return ([], null, error);
            // Its index of the one page is left out: only the files that are the same for every site are kept.
            foreach (var index in Directory.GetFiles(output, "*.pf_meta")) File.Delete(index);
            var assets = Read(output);
            if (cache is not null && assets.Entry is not null) Keep(output, cache);
            return assets;
        }
        catch (IOException e)
        {
            return ([], null, $"Pagefind's files could not be read ({e.Message})");
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }

    // Pagefind's files in a folder as its run leaves them, less its index: its own files and pagefind-entry.json.
    private static (IReadOnlyList<OutputFile> Files, PagefindEntry? Entry, string? Error) Read(string folder)
    {
        var entry = PagefindEntry.Parse(File.ReadAllText(Path.Combine(folder, EntryFile)));
        if (entry is null) return ([], null, $"Pagefind wrote a {EntryFile} without a version");
        var files = Directory.GetFiles(folder)
            .Where(f => Path.GetFileName(f) != EntryFile)
            .Order(StringComparer.Ordinal)
            .Select(f => new OutputFile($"pagefind/{Path.GetFileName(f)}", File.ReadAllBytes(f)))
            .ToList();
        return (files, entry, null);
    }

    private const string EntryFile = "pagefind-entry.json";

    // node_modules/.cache/wsis-site/pagefind-<version>, beside the installed Pagefind's package; null when its version is not known.
    private static string? CacheFolder(string pagefind)
    {
        var modules = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(pagefind)));
        if (modules is null) return null;
        try
        {
            using var package = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(modules, "pagefind", "package.json")));
            if (!package.RootElement.TryGetProperty("version", out var version) || version.GetString() is not { Length: > 0 } name
                || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '+'))
                return null;
            return Path.Combine(modules, ".cache", "wsis-site", $"pagefind-{name}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    // What an earlier build kept; null when there is none or it cannot be read (then Pagefind is run again).
    private static (IReadOnlyList<OutputFile>, PagefindEntry?, string?)? Cached(string cache)
    {
        try
        {
            return Directory.Exists(cache) && Read(cache) is { Entry: not null } cached ? cached : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Copied to a folder of its own, then moved into place whole, so a build never reads a cache half written; a cache
    // that cannot be written (node_modules read-only, another build first) is only not kept.
    private static void Keep(string output, string cache)
    {
        var temporary = $"{cache}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(temporary);
            foreach (var file in Directory.GetFiles(output)) File.Copy(file, Path.Combine(temporary, Path.GetFileName(file)));
            Directory.Move(temporary, cache);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        finally
        {
            try
            {
                if (Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private static string? Run(string pagefind, string pages, string indexFolder)
    {
        var start = new ProcessStartInfo(pagefind)
        {
            ArgumentList = { "--site", pages, "--output-path", indexFolder, "--silent" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"Pagefind exited with code {process.ExitCode}: {(errors + output.Result).Trim()}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"Pagefind could not be started ({e.Message}). {InstallHint}";
        }
    }
}
