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

    /// <summary>Indexes the site folder in place (into its pagefind/ folder); returns null on success, else what went wrong.</summary>
    public static string? Index(string pagefind, string siteFolder)
    {
        var site = Path.GetFullPath(siteFolder);
        var pages = Path.Combine(site, PagesFolder);
        try
        {
            var copied = WriteOwnText(site, pages);
            return Run(pagefind, copied ? pages : site, Path.Combine(site, "pagefind"));
        }
        finally
        {
            if (Directory.Exists(pages)) Directory.Delete(pages, recursive: true);
        }
    }

    /// <summary>
    /// The HTML pages Pagefind would index: those marked with <see cref="BodyAttribute"/>, or every page when none is.
    /// A page that only mentions the attribute in its text is read and left out by Pagefind itself, as before.
    /// </summary>
    public static IReadOnlyList<string> PagesToIndex(string siteFolder)
    {
        var all = AllPages(siteFolder);
        var marked = all.AsParallel().AsOrdered().Where(path => File.ReadAllBytes(path).AsSpan().IndexOf(Marker) >= 0).ToList();
        return marked.Count > 0 ? marked : all;
    }

    private static byte[] Marker => System.Text.Encoding.UTF8.GetBytes(BodyAttribute);

    private static List<string> AllPages(string siteFolder) =>
        Directory.EnumerateFiles(siteFolder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    // Each page with its own text gets a copy of only that text (OwnText), at its own path so that Pagefind gives it the
    // same URL; false when no page has any, and Pagefind is to read every page.
    private static bool WriteOwnText(string site, string pages)
    {
        var marker = Marker;
        var copied = AllPages(site).AsParallel().Select(page =>
        {
            var bytes = File.ReadAllBytes(page);
            if (bytes.AsSpan().IndexOf(marker) < 0) return false;
            var own = OwnText.Of(bytes);
            if (own is null) return false;
            var copy = Path.Combine(pages, Path.GetRelativePath(site, page));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.WriteAllBytes(copy, own);
            return true;
        }).Count(written => written);
        return copied > 0;
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
