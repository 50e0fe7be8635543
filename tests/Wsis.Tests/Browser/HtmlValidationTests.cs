using System.Diagnostics;
using System.Text.Json;

namespace Wsis.Tests.Browser;

/// <summary>The W3C Nu Html Checker (npm vnu-jar, run with the machine's Java) over every page of the built site.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HtmlValidationTests(BuiltSite site)
{
    private static readonly string Jar = Path.Combine(Repo.Root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Fact]
    public async Task Every_page_is_valid_html()
    {
        var errors = await ValidateAsync(site.Root);
        Assert.True(errors.Count == 0, $"{errors.Count} errors:\n{string.Join('\n', errors.Take(40))}");
        Assert.True(Directory.EnumerateFiles(site.Root, "*.html", SearchOption.AllDirectories).Count() > 100);
    }

    [Fact]
    public async Task The_checker_reports_a_broken_page()
    {
        var folder = Directory.CreateTempSubdirectory("wsis-vnu-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "broken.html"), "<!DOCTYPE html><html lang=en><title>x</title><p><div>never closed</p>", TestContext.Current.CancellationToken);
            Assert.NotEmpty(await ValidateAsync(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<List<string>> ValidateAsync(string folder)
    {
        if (!File.Exists(Jar)) Assert.Skip($"The Nu Html Checker is not installed at {Jar}: run 'npm ci'.");
        var start = new ProcessStartInfo("java") { ArgumentList = { "-jar", Jar, "--errors-only", "--format", "json", "--skip-non-html", folder }, RedirectStandardError = true, RedirectStandardOutput = true };
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception) { Assert.Skip("Java is not installed: bash .ci/run installs it (default-jre-headless)."); throw; }
        using (process)
        {
            var cancel = TestContext.Current.CancellationToken;
            var output = process.StandardOutput.ReadToEndAsync(cancel);
            var report = await process.StandardError.ReadToEndAsync(cancel); // vnu writes its JSON report to stderr
            await process.WaitForExitAsync(cancel);
            using var json = JsonDocument.Parse(report.Length > 0 ? report : await output);
            return json.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
                .Select(m => $"{(m.TryGetProperty("url", out var u) ? Path.GetRelativePath(folder, new Uri(u.GetString()!).LocalPath) : "?")}:{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
                .ToList();
        }
    }
}
