using System.Diagnostics.CodeAnalysis;
using Xunit.Sdk;

namespace Wsis.Tests.Support;

/// <summary>
/// A program the browser, PDF and HTML-checker tests need beyond the .NET SDK, and the Debian packages that bring it.
/// Locally a test whose tool is missing skips, and leaves a note that `dotnet test` counts in its summary
/// (Wsis.Tests.csproj); under CI=true, where .ci/run has installed every tool, it fails instead.
/// </summary>
public sealed record RequiredTool(string Name, string DebianPackages)
{
    public static readonly RequiredTool Chromium = new("Chromium", "chromium");
    public static readonly RequiredTool Pdftotext = new("pdftotext", "poppler-utils");
    public static readonly RequiredTool Java = new("Java", "default-jre-headless");
    // The build runs `npm ci` itself (site.csproj) once npm is there.
    public static readonly RequiredTool Npm = new("npm", "nodejs npm");

    /// <summary>The folder of skip notes beside the test assembly; Wsis.Tests.csproj empties it before each run.</summary>
    public static string NotesFolder => Path.Combine(AppContext.BaseDirectory, "skipped-for-tools");

    public static bool InCi => Environment.GetEnvironmentVariable("CI") is { } ci && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1");

    public const string ChromiumNotFound = "Chromium was not found ($WSIS_CHROMIUM when set, else /usr/bin/chromium or Google Chrome).";

    /// <summary>The Chromium the tests use: $WSIS_CHROMIUM when set (a path that does not exist stands for a machine without one), else the one the pdf command finds.</summary>
    public static string? FindChromium() =>
        Wsis.Pdf.Chromium.Find(Environment.GetEnvironmentVariable("WSIS_CHROMIUM") is { Length: > 0 } path ? path : null);

    /// <summary>Ends the current test: skipped (and noted) locally, failed under CI.</summary>
    [DoesNotReturn]
    public void Missing(string what)
    {
        var ci = InCi;
        if (!ci) Note();
        throw Outcome(what, ci);
    }

    public Exception Outcome(string what, bool ci)
    {
        var install = $"{what} Install {Name} with: sudo apt-get install -y {DebianPackages}";
        return ci
            ? FailException.ForFailure($"{install}. Under CI=true a test never skips for a missing tool: bash .ci/run installs them all.")
            : SkipException.ForSkip(install);
    }

    private void Note()
    {
        var test = TestContext.Current.Test?.UniqueID ?? Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(NotesFolder);
        File.WriteAllText(Path.Combine(NotesFolder, test + ".txt"), DebianPackages + "\n");
    }
}
