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
        if (IsNormal(decoded)) return decoded;
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

    // Already as Normalize makes it (most filter and metadata values are): no white space at either end, and none
    // that it would change, a line break or a run of two.
    private static bool IsNormal(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return true;
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) return false;
        for (var at = 0; at < text.Length; at++)
        {
            if (char.IsWhiteSpace(text[at]) && (text[at] is '\n' or '\r' || char.IsWhiteSpace(text[at + 1]))) return false;
        }
        return true;
    }

    /// <summary>The word in lower case without its punctuation, Pagefind's form of a word before stemming.</summary>
    public static string Letters(ReadOnlySpan<char> word) => Letters(word, new char[word.Length]).ToString();

    /// <summary><see cref="Letters(ReadOnlySpan{char})"/> into a buffer at least as long as the word; the part of it written.</summary>
    public static ReadOnlySpan<char> Letters(ReadOnlySpan<char> word, Span<char> buffer)
    {
        // Most words are their own letters already: looked for at once, and not copied.
        if (!word.ContainsAnyExcept(OwnLetters)) return word;
        var length = 0;
        if (Ascii.IsValid(word))
        {
            // The common case, without looking up each character's Unicode category.
            foreach (var c in word)
            {
                if (char.IsAsciiLetterOrDigit(c) || c == '_') buffer[length++] = char.ToLowerInvariant(c);
            }
            return buffer[..length];
        }
        foreach (var rune in word.EnumerateRunes())
        {
            if (IsWordPart(rune)) length += Rune.ToLowerInvariant(rune).EncodeToUtf16(buffer[length..]);
        }
        return buffer[..length];
    }

    private static readonly System.Buffers.SearchValues<char> OwnLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_");

    /// <summary>
    /// Whether a character is kept in a search term: all but punctuation, ASCII symbols and control characters, with
    /// the connecting punctuation ("_") Pagefind's entry lists as word characters. (Pagefind 1.5 keeps "↩" and "²" in
    /// its terms and drops "·", as its index shows.)
    /// </summary>
    public static bool IsWordPart(Rune rune) =>
        UnicodeCategory.ConnectorPunctuation == Rune.GetUnicodeCategory(rune)
        || !(Rune.IsPunctuation(rune) || Rune.IsControl(rune) || Rune.IsWhiteSpace(rune) || rune.IsAscii && Rune.IsSymbol(rune));

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
