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
    /// that has one (the repository the content lives in, whatever the working directory), or null.
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
    public static (IReadOnlyList<OutputFile> Files, PagefindEntry? Entry, string? Error) Assets(string pagefind, string siteFolder)
    {
        var work = Path.Combine(Path.GetFullPath(siteFolder), AssetsFolder);
        try
        {
            var site = Path.Combine(work, "site");
            var output = Path.Combine(work, "pagefind");
            Directory.CreateDirectory(site);
            File.WriteAllText(Path.Combine(site, "index.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><main data-pagefind-body><p>x</p></main></body></html>");
            if (Run(pagefind, site, output) is { } error) return ([], null, error);
            var entry = PagefindEntry.Parse(File.ReadAllText(Path.Combine(output, "pagefind-entry.json")));
            if (entry is null) return ([], null, "Pagefind wrote a pagefind-entry.json without a version");
            // Its index of the one page is left out: only the files that are the same for every site are kept.
            var files = Directory.GetFiles(output)
                .Where(f => !f.EndsWith(".pf_meta", StringComparison.Ordinal) && Path.GetFileName(f) != "pagefind-entry.json")
                .Order(StringComparer.Ordinal)
                .Select(f => new OutputFile($"pagefind/{Path.GetFileName(f)}", File.ReadAllBytes(f)))
                .ToList();
            return (files, entry, null);
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
