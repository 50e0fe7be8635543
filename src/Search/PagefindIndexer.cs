using System.Diagnostics;

namespace Wsis.Search;

/// <summary>
/// Runs Pagefind (npm `pagefind`, pinned in package.json, installed by `npm ci`) over a written site, so the
/// search page has an index. The site works without it: only search is missing.
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

    /// <summary>Indexes the site folder in place (into its pagefind/ folder); returns null on success, else what went wrong.</summary>
    public static string? Index(string pagefind, string siteFolder)
    {
        var start = new ProcessStartInfo(pagefind)
        {
            ArgumentList = { "--site", siteFolder, "--silent" },
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
