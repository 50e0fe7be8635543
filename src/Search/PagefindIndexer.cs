using System.Diagnostics;

namespace Wsis.Search;

/// <summary>
/// Runs Pagefind (npm `pagefind`, pinned in package.json, installed by `npm ci`) over a written site, so the
/// search page has an index. The site works without it: only search is missing.
/// </summary>
/// <remarks>
/// Pagefind indexes only the pages marked data-pagefind-body once any page is, and only those elements, but it reads
/// and parses every byte of every page to find them (docs/speed.md). It is shown a folder of copies of those elements
/// alone (<see cref="OwnText"/>), and writes the same index.
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

    /// <summary>
    /// Indexes the site folder in place (into its pagefind/ folder); returns null on success, else what went wrong, and
    /// then leaves no pagefind/ folder, so that a site published without search has no half-written index.
    /// </summary>
    public static string? Index(string pagefind, string siteFolder)
    {
        var site = Path.GetFullPath(siteFolder);
        var pages = Path.Combine(site, PagesFolder);
        var index = Path.Combine(site, "pagefind");
        try
        {
            var error = WriteOwnText(site, pages, out var copied) ?? Run(pagefind, copied ? pages : site, index);
            if (error is not null && Directory.Exists(index)) Directory.Delete(index, recursive: true);
            return error;
        }
        finally
        {
            if (Directory.Exists(pages)) Directory.Delete(pages, recursive: true);
        }
    }

    // Each page with its own text gets a copy of only that text (OwnText), at its own path so that Pagefind gives it the
    // same URL; none copied when no page has any, and Pagefind is to read every page. Returns what went wrong, or null.
    private static string? WriteOwnText(string site, string pages, out bool copied)
    {
        var marker = System.Text.Encoding.UTF8.GetBytes(BodyAttribute);
        try
        {
            copied = Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories).AsParallel().Count(page =>
            {
                var bytes = File.ReadAllBytes(page);
                var own = bytes.AsSpan().IndexOf(marker) < 0 ? null : OwnText.Of(bytes);
                if (own is null) return false;
                var copy = Path.Combine(pages, Path.GetRelativePath(site, page));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.WriteAllBytes(copy, own);
                return true;
            }) > 0;
            return null;
        }
        catch (AggregateException e) when (e.InnerExceptions.All(IsFileError))
        {
            copied = false;
            return $"the pages could not be copied for Pagefind: {e.InnerExceptions[0].Message}";
        }
    }

    private static bool IsFileError(Exception e) => e is IOException or UnauthorizedAccessException;

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
