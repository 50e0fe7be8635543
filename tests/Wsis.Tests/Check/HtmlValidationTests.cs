using System.Diagnostics;
using System.Text.Json;
using Wsis.Tests.Support;

namespace Wsis.Tests.Check;

/// <summary>The W3C Nu Html Checker (npm vnu-jar, run with the machine's Java) over every page of the written site.</summary>
/// <remarks>Needs no browser, so it runs beside the browser tests rather than after them.</remarks>
[Collection(HtmlCheckerCollection.Name)]
public sealed class HtmlValidationTests(WrittenSite site)
{
    private static readonly string Jar = Path.Combine(Repo.Root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Fact]
    public async Task Every_page_is_valid_html()
    {
        // A control page with a known error, checked in the same run, proves the checker ran and reports.
        var control = Directory.CreateTempSubdirectory("wsis-vnu-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(control, "broken.html"), "<!DOCTYPE html><html lang=en><title>x</title><p><div>never closed</p>", TestContext.Current.CancellationToken);
            var errors = await ValidateAsync(site.Root, control);
            Assert.Contains(errors, e => e.File.EndsWith("broken.html", StringComparison.Ordinal));
            var siteErrors = errors.Where(e => e.File.StartsWith(site.Root, StringComparison.Ordinal)).Select(e => $"{Path.GetRelativePath(site.Root, e.File)}:{e.Line}: {e.Message}").ToList();
            Assert.True(siteErrors.Count == 0, $"{siteErrors.Count} errors:\n{string.Join('\n', siteErrors.Take(40))}");
            Assert.True(Directory.EnumerateFiles(site.Root, "*.html", SearchOption.AllDirectories).Count() > 100);
        }
        finally
        {
            Directory.Delete(control, recursive: true);
        }
    }

    private static async Task<List<(string File, int Line, string Message)>> ValidateAsync(params string[] folders)
    {
        if (!File.Exists(Jar)) RequiredTool.Npm.Missing($"The Nu Html Checker is not installed at {Jar}; the build installs it with 'npm ci' when npm is there.");
        var start = new ProcessStartInfo("java")
        {
            // C1 only: one short run gains nothing from the optimising JIT, and this halves its CPU time (13 s to 6 s);
            // C1's deeper frames need the larger stack the checker asks for when it overflows.
            ArgumentList = { "-Xss4m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", Jar, "--errors-only", "--format", "json", "--skip-non-html" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var folder in folders) start.ArgumentList.Add(folder);
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception) { RequiredTool.Java.Missing("Java is not on the PATH. The Nu Html Checker runs in it."); throw; }
        using (process)
        {
            var cancel = TestContext.Current.CancellationToken;
            var output = process.StandardOutput.ReadToEndAsync(cancel);
            var report = await process.StandardError.ReadToEndAsync(cancel); // vnu writes its JSON report to stderr
            await process.WaitForExitAsync(cancel);
            using var json = JsonDocument.Parse(report.Length > 0 ? report : await output);
            return json.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
                .Select(m => (File: m.TryGetProperty("url", out var u) ? u.GetString()!.Replace("file:", "", StringComparison.Ordinal) : "?",
                    Line: m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0, Message: m.GetProperty("message").GetString()!))
                .ToList();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class HtmlCheckerCollection : ICollectionFixture<WrittenSite>
{
    public const string Name = "Written site in the Nu Html Checker";
}
