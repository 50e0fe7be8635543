using System.Globalization;
using Wsis.Build;

namespace Wsis.Cli;

/// <summary>The one line every build command ends with: what was made, where, with how many errors and warnings, in how long.</summary>
public static class BuildSummary
{
    /// <param name="output">The output folder; null for a check, which writes nothing.</param>
    /// <param name="extra">What the command made besides the site ("and 12 A4 PDFs (…)"), or null.</param>
    public static string Of(BuildResult result, string? output, TimeSpan elapsed, string? extra = null)
    {
        var seconds = elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var counts = $"{Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")}";
        var search = result.SearchIndex is { } index ? $", {index}" : "";
        if (!result.Succeeded)
            return $"Failed: {counts}{(result.SearchFailed ? search : "")} in {seconds} s; {(output is null ? "nothing written" : $"'{output}' left as it was")}.";
        return output is null
            ? $"Checked {result.PageCount} pages and {result.LinksChecked} links: {counts} in {seconds} s."
            : $"Built {result.PageCount} pages ({result.FileCount} files){(extra is null ? "" : $" {extra}")} into '{output}'{search}: {counts} in {seconds} s.";
    }

    private static string Count(int n, string what) => $"{n} {what}{(n == 1 ? "" : "s")}";
}
