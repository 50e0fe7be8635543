using System.Diagnostics;
using Xunit.Sdk;

namespace Wsis.Tests.Support;

public sealed class RequiredToolTests
{
    [Fact]
    public void A_missing_tool_skips_locally_and_fails_under_ci_naming_the_package_to_install()
    {
        var local = RequiredTool.Chromium.Outcome("Chromium was not found.", ci: false);
        var ci = RequiredTool.Chromium.Outcome("Chromium was not found.", ci: true);

        Assert.IsType<SkipException>(local);
        Assert.IsType<FailException>(ci);
        Assert.All([local, ci], e => Assert.Contains("Chromium was not found. Install Chromium with: sudo apt-get install -y chromium", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Under_ci_a_pdf_test_without_chromium_fails_the_run_and_says_what_to_install()
    {
        // The test assembly is its own xunit runner: run one PDF test in it, on a machine where Chromium is "missing".
        var test = $"{typeof(Pdf.HandoutPdfTests).FullName}.{nameof(Pdf.HandoutPdfTests.Letter_paper_gives_letter_pages)}";
        var start = new ProcessStartInfo(Path.ChangeExtension(typeof(RequiredTool).Assembly.Location, null))
        {
            ArgumentList = { "-method", test, "-noColor", "-noLogo" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["CI"] = "true", ["WSIS_CHROMIUM"] = Path.Combine(Path.GetTempPath(), "no-such-chromium") },
        };
        using var run = Process.Start(start)!;
        var cancel = TestContext.Current.CancellationToken;
        var errors = run.StandardError.ReadToEndAsync(cancel);
        var output = await run.StandardOutput.ReadToEndAsync(cancel) + await errors;
        await run.WaitForExitAsync(cancel);

        Assert.True(run.ExitCode != 0, output);
        Assert.Contains("[FAIL]", output, StringComparison.Ordinal);
        Assert.Contains("Install Chromium with: sudo apt-get install -y chromium", output, StringComparison.Ordinal);
    }
}
