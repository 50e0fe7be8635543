using System.Text;
using System.Text.RegularExpressions;

namespace Wsis.Pdf;

/// <summary>Small facts and fixes on the PDFs Chromium (Skia) writes: uncompressed object tables, PDF 1.4.</summary>
public static partial class PdfFile
{
    /// <summary>Pages, counted as page objects: Skia writes no object streams, so each is visible.</summary>
    public static int PageCount(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    /// <summary>
    /// Skia stamps the time of printing; for byte-identical builds the dates become the content date, or are
    /// blanked when the site has none. Replacements keep the length, so the cross-reference offsets stay right.
    /// </summary>
    /// <remarks>
    /// Tagged PDFs also name each structure element after a DOM node number that varies between runs; the numbers
    /// are replaced by their rank, which keeps their order (the ID name tree is sorted) and their width.
    /// </remarks>
    public static byte[] Normalise(byte[] pdf, string? contentDate)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var ranks = NodeId().Matches(text).Select(m => m.Groups["n"].Value).Distinct(StringComparer.Ordinal)
            .OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal)
            .Select((n, i) => (n, i + 1)).ToDictionary(p => p.n, p => p.Item2, StringComparer.Ordinal);
        text = NodeId().Replace(text, m =>
        {
            var digits = m.Groups["n"].Value;
            return $"(node{ranks[digits].ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits.Length, '0')})";
        });
        var stamp = contentDate is not null && DateOnly.TryParseExact(contentDate, "yyyy-MM-dd", out var date) ? $"D:{date:yyyyMMdd}000000+00'00'" : null;
        var fixedText = DateEntry().Replace(text, m =>
        {
            var replacement = stamp is not null && m.Groups["date"].Length == stamp.Length ? $"{m.Groups["key"].Value} ({stamp})" : "";
            return replacement.PadRight(m.Length);
        });
        return Encoding.Latin1.GetBytes(fixedText);
    }

    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"\(node(?<n>\d+)\)")]
    private static partial Regex NodeId();

    [GeneratedRegex(@"(?<key>/(?:CreationDate|ModDate))\s*\((?<date>D:[^)]*)\)")]
    private static partial Regex DateEntry();
}
