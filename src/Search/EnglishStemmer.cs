using System.Text;

namespace Wsis.Search;

/// <summary>
/// The Snowball English ("Porter2") stemmer, which Pagefind uses for pages in English (rust-stemmers) and its
/// WebAssembly for queries: the index must file each word under the same stem the query will look for.
/// </summary>
/// <remarks>Written from the algorithm's description at snowballstem.org, with the changes of Snowball 3.0.0, whose stems Pagefind 1.5's index has.</remarks>
public static class EnglishStemmer
{
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["idly"] = "idl",
        ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli", ["singly"] = "singl",
        ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas", ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    };

    // Words whose R1 starts after these letters: Snowball 3.0.0's list, which Pagefind 1.5's stemmer has ("international"
    // → "internat", "university" → "universiti", as its index shows).
    private static readonly string[] R1Exceptions = ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"];

    // Words that keep their "-eed" or "-ing" (proceed, inning, outing) rather than lose it in step 1b.
    private static readonly HashSet<string> KeepEed = ["succ", "proc", "exc"];
    private static readonly HashSet<string> KeepIng = ["even", "cann", "inn", "earr", "herr", "out"];

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"), ("tional", "tion"),
        ("biliti", "ble"), ("lessli", "less"), ("entli", "ent"), ("ation", "ate"), ("alism", "al"), ("aliti", "al"), ("ousli", "ous"),
        ("iviti", "ive"), ("ogist", "og"), ("fulli", "ful"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"),
        ("alli", "al"), ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ative", ""), ("ical", "ic"), ("ness", ""), ("ful", ""),
    ];

    private static readonly string[] Step4Suffixes =
        ["ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion", "al", "er", "ic"];

    /// <summary>The stem of a lower-case word.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 2) return word;
        if (Exceptions.TryGetValue(word, out var exception)) return exception;
        var w = new StringBuilder(word);
        for (var i = 0; i < w.Length; i++)
        {
            if (w[i] == 'y' && (i == 0 || IsVowel(w[i - 1]))) w[i] = 'Y';
        }
        var prefix = R1Exceptions.FirstOrDefault(p => word.StartsWith(p, StringComparison.Ordinal));
        var r1 = prefix is not null ? prefix.Length : Region(w, 0);
        var r2 = Region(w, r1);

        Step1A(w);
        Step1B(w, r1);
        Step1C(w);
        Replace(w, Step2Rules, r1, static (w, s) => s != "ogi" && s != "li" || s == "ogi" && Before(w, s) == 'l' || s == "li" && Before(w, s) is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't');
        Replace(w, Step3Rules, r1, (w, s) => s != "ative" || w.Length - s.Length >= r2);
        Step4(w, r2);
        Step5(w, r1, r2);
        return w.ToString().Replace('Y', 'y');
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    // The region after the first non-vowel that follows a vowel, from start on.
    private static int Region(StringBuilder w, int start)
    {
        for (var i = start + 1; i < w.Length; i++)
        {
            if (!IsVowel(w[i]) && IsVowel(w[i - 1])) return i + 1;
        }
        return w.Length;
    }

    private static bool EndsWith(StringBuilder w, string suffix)
    {
        if (w.Length < suffix.Length) return false;
        for (var i = 0; i < suffix.Length; i++)
        {
            if (w[w.Length - suffix.Length + i] != suffix[i]) return false;
        }
        return true;
    }

    private static char Before(StringBuilder w, string suffix) => w.Length > suffix.Length ? w[w.Length - suffix.Length - 1] : '\0';

    private static bool HasVowel(StringBuilder w, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (IsVowel(w[i])) return true;
        }
        return false;
    }

    private static void Step1A(StringBuilder w)
    {
        if (EndsWith(w, "sses")) w.Length -= 2;
        else if (EndsWith(w, "ied") || EndsWith(w, "ies")) w.Length -= w.Length > 4 ? 2 : 1;
        else if (EndsWith(w, "us") || EndsWith(w, "ss")) { }
        else if (EndsWith(w, "s") && HasVowel(w, w.Length - 2)) w.Length -= 1;
    }

    private static void Step1B(StringBuilder w, int r1)
    {
        foreach (var suffix in (string[])["eedly", "ingly", "edly", "eed", "ing", "ed"])
        {
            if (!EndsWith(w, suffix)) continue;
            var stem = w.Length - suffix.Length;
            if (suffix is "eed" or "eedly")
            {
                if (stem >= r1 && !KeepEed.Contains(w.ToString(0, stem))) w.Length -= suffix.Length - 2;
                return;
            }
            if (suffix == "ing")
            {
                var before = w.ToString(0, stem);
                if (KeepIng.Contains(before)) return;
                // "dying", "lying": a non-vowel and y alone before it make "ie".
                if (stem == 2 && w[1] == 'y' && !IsVowel(w[0]))
                {
                    w.Length = 1;
                    w.Append("ie");
                    return;
                }
            }
            if (!HasVowel(w, stem)) return;
            w.Length = stem;
            if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz")) w.Append('e');
            else if (w.Length >= 2 && w[^1] == w[^2] && w[^1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't')
            {
                // A double letter goes ("hopping" → "hop"), but not after a first a, e or o ("adding" → "add").
                if (!(w.Length == 3 && w[0] is 'a' or 'e' or 'o')) w.Length -= 1;
            }
            else if (IsShort(w, r1)) w.Append('e');
            return;
        }
    }

    private static void Step1C(StringBuilder w)
    {
        if (w.Length > 2 && w[^1] is 'y' or 'Y' && !IsVowel(w[^2])) w[^1] = 'i';
    }

    // Replaces the longest of the suffixes that ends the word, when it lies in the region and the condition holds.
    private static void Replace(StringBuilder w, (string Suffix, string Replacement)[] rules, int region, Func<StringBuilder, string, bool> condition)
    {
        foreach (var (suffix, replacement) in rules)
        {
            if (!EndsWith(w, suffix)) continue;
            if (w.Length - suffix.Length >= region && condition(w, suffix))
            {
                w.Length -= suffix.Length;
                w.Append(replacement);
            }
            return;
        }
    }

    private static void Step4(StringBuilder w, int r2)
    {
        foreach (var suffix in Step4Suffixes)
        {
            if (!EndsWith(w, suffix)) continue;
            if (w.Length - suffix.Length < r2) return;
            if (suffix == "ion" && Before(w, suffix) is not ('s' or 't')) return;
            w.Length -= suffix.Length;
            return;
        }
    }

    private static void Step5(StringBuilder w, int r1, int r2)
    {
        if (EndsWith(w, "e"))
        {
            var at = w.Length - 1;
            if (at >= r2 || at >= r1 && !EndsInShortSyllable(w, at)) w.Length -= 1;
        }
        else if (EndsWith(w, "l") && w.Length - 1 >= r2 && Before(w, "l") == 'l')
        {
            w.Length -= 1;
        }
    }

    private static bool IsShort(StringBuilder w, int r1) => r1 >= w.Length && EndsInShortSyllable(w, w.Length);

    // Whether the letters before end finish in a short syllable: non-vowel, vowel, non-vowel other than w, x or Y; or,
    // at the start of the word, a vowel and a non-vowel; or, in Snowball 3.0.0, "past".
    private static bool EndsInShortSyllable(StringBuilder w, int end)
    {
        if (end >= 4 && w.ToString(end - 4, 4) == "past") return true;
        if (end == 2) return IsVowel(w[0]) && !IsVowel(w[1]);
        if (end < 3) return false;
        return !IsVowel(w[end - 3]) && IsVowel(w[end - 2]) && !IsVowel(w[end - 1]) && w[end - 1] is not ('w' or 'x' or 'Y');
    }
}
