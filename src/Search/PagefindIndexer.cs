using System.Diagnostics;

namespace Wsis.Search;

/// <summary>
/// Runs Pagefind (npm `pagefind`, pinned in package.json, installed by `npm ci`) over a written site, so the
/// search page has an index. The site works without it: only search is missing.
/// </summary>
/// <remarks>
/// Pagefind indexes only the pages marked data-pagefind-body once any page is, and only those elements, but it reads
/// and parses every byte of every page to find them (docs/speed.md). It is shown a folder of copies of those elements
/// alone (<see cref="OwnText"/>), made as the pages are written, each at its page's path so that it keeps its URL, and
/// writes the same index.
/// </remarks>
public static class PagefindIndexer
{
    public const string InstallHint = "Run 'npm ci' in the repository root to install Pagefind.";

    /// <summary>The attribute that marks a page's own text; Pagefind's rule for which pages it indexes.</summary>
    public const string BodyAttribute = "data-pagefind-body";

    /// <summary>Where the copies of the indexed pages are made, inside the site folder and removed again before it is published.</summary>
    public const string PagesFolder = ".pagefind-pages";

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

    /// <summary>Where the copy of a page's own text (<see cref="OwnText"/>) is written in the site folder, for Pagefind.</summary>
    public static string CopyPath(string pagePath) => $"{PagesFolder}/{pagePath}";

    /// <summary>
    /// Indexes the site folder in place (into its pagefind/ folder) from the copies of the pages' own text, or from every
    /// page when there are none; returns null on success, else what went wrong, and then leaves no pagefind/ folder, so
    /// that a site published without search has no half-written index. The copies are removed either way.
    /// </summary>
    public static string? Index(string pagefind, string siteFolder)
    {
        var site = Path.GetFullPath(siteFolder);
        var pages = Path.Combine(site, PagesFolder);
        var index = Path.Combine(site, "pagefind");
        try
        {
            var error = Run(pagefind, Directory.Exists(pages) ? pages : site, index);
            if (error is not null && Directory.Exists(index)) Directory.Delete(index, recursive: true);
            return error;
        }
        finally
        {
            if (Directory.Exists(pages)) Directory.Delete(pages, recursive: true);
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
