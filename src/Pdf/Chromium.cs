namespace Wsis.Pdf;

/// <summary>Finds the Chromium the PDFs are printed with: Debian's package, never a downloaded browser.</summary>
public static class Chromium
{
    public const string InstallHint = "Chromium is needed to print the PDFs. Install it with: apt-get install -y chromium (Debian), or pass --chromium PATH. The HTML build does not need it: use 'build' for the site alone.";

    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    /// <summary>The flags every launch uses: headless, and nothing that reaches the network on its own.</summary>
    public static readonly IReadOnlyList<string> Args =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

    public static string? Find(string? explicitPath = null)
    {
        if (explicitPath is not null) return File.Exists(explicitPath) ? Path.GetFullPath(explicitPath) : null;
        return Candidates.FirstOrDefault(File.Exists);
    }
}
