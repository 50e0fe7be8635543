using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Wsis.Tests.Pdf;

/// <summary>Reads a PDF's text with poppler's pdftotext, page by page, for comparison with the content.</summary>
public static class PdfText
{
    public static bool Available => Environment.GetEnvironmentVariable("PATH")?.Split(':').Any(dir => File.Exists(Path.Combine(dir, "pdftotext"))) == true;

    /// <summary>The text of each page, in content-stream order (-raw), which keeps a table cell's lines together.</summary>
    public static IReadOnlyList<string> Pages(string pdfPath)
    {
        var start = new ProcessStartInfo("pdftotext", ["-raw", "-enc", "UTF-8", pdfPath, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"pdftotext failed on {pdfPath}: {errors}");
        var pages = text.Split('\f');
        return pages[^1].Trim().Length == 0 ? pages[..^1] : pages;
    }

    /// <summary>
    /// Text compared without any whitespace: lines break anywhere in print (after a hyphen too), so only the
    /// sequence of characters is kept, in Unicode compatibility form (ligatures split back into letters).
    /// </summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
            if (!char.IsWhiteSpace(c) && c != '\u00ad' && c != '\u200b' && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
                builder.Append(c);
        return builder.ToString();
    }
}
