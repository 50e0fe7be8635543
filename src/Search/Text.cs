using System.Globalization;
using System.Net;
using System.Text;

namespace Wsis.Search;

/// <summary>Pagefind's treatment of text: entities decoded and white space collapsed, and how a word is made a search term.</summary>
public static class Text
{
    /// <summary>
    /// Entities decoded, white space trimmed at both ends, each run of line breaks or of two or more spaces made one
    /// space (Pagefind's normalize_content).
    /// </summary>
    public static string Normalize(string text)
    {
        var decoded = text.Contains('&') ? WebUtility.HtmlDecode(text) : text;
        var span = decoded.AsSpan().Trim();
        var result = new StringBuilder(span.Length);
        for (var at = 0; at < span.Length;)
        {
            if (!char.IsWhiteSpace(span[at]))
            {
                result.Append(span[at++]);
                continue;
            }
            var start = at;
            while (at < span.Length && char.IsWhiteSpace(span[at])) at++;
            var single = at - start == 1 && span[start] is not ('\n' or '\r');
            result.Append(single ? span[start] : ' ');
        }
        return result.ToString();
    }

    /// <summary>The word's letters and digits (and underscores) in lower case, Pagefind's form of a word before stemming.</summary>
    public static string Letters(ReadOnlySpan<char> word)
    {
        var result = new StringBuilder(word.Length);
        foreach (var rune in word.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || rune.Value == '_') result.Append(Rune.ToLowerInvariant(rune).ToString());
        }
        return result.ToString();
    }

    /// <summary>The word without its accents ("à" → "a"), the form Pagefind 1.5 files a word under; the word itself when it has none.</summary>
    public static string WithoutAccents(string word)
    {
        if (Ascii.IsValid(word)) return word;
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) result.Append(c);
        }
        return result.ToString().Normalize(NormalizationForm.FormC);
    }
}
