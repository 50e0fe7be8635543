using Wsis.Search;

namespace Wsis.Tests.SearchIndex;

/// <summary>How a page's text is split into its terms.</summary>
public sealed class SearchWordsTests
{
    [Fact]
    public void A_pages_terms_come_in_ordinal_order_also_when_they_share_their_first_four_characters()
    {
        // given words that share their first four characters or are the start of another, upper-case letters and
        // characters outside ASCII (ordinal order is by UTF-16 code unit), in no order
        const string text = "zeta informations inform info inf informal infor 9lives éclair eclair Ωmega _under information informa x";

        // when the text is split (no language is stemmed but English, so the words stay as written, in lower case)
        var words = SearchWords.Split(text, "fr", new Dictionary<string, System.Text.StringBuilder>(), new SearchTerms(), new SearchWords.Buffers());

        // then the terms are the distinct words in ordinal order, each with its own positions
        var expected = text.Split(' ').Select(w => w.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, words.Terms);
        var positions = text.Split(' ').Select((w, i) => (Term: w.ToLowerInvariant(), Position: i)).ToList();
        for (var t = 0; t < words.Terms.Length; t++)
        {
            var at = words.Occurrences[words.TermStarts[t]..words.TermStarts[t + 1]].Select(o => o.Position);
            Assert.Equal(positions.Where(p => p.Term == words.Terms[t]).Select(p => p.Position), at);
        }
    }

    [Fact]
    public void Buffers_used_again_for_later_pages_give_each_page_the_terms_fresh_buffers_give_it()
    {
        // given pages whose words share stems ("connected", "connecting", "connect"), parts ("cyber-crime", "crime"),
        // and words of an earlier page, split one after another with the same buffers and the same terms, in English
        // (stemmed) and in French (not stemmed)
        string[] pages =
        [
            "Connected networks connect people; connecting them is cyber-crime prevention.",
            "crime and cyber security: connect, connected, connecting networks again and again",
            "networks networks connected",
            "",
            "Connexion des réseaux: connected, connexion, cyber-crime",
        ];
        var (terms, reused) = (new SearchTerms(), new SearchWords.Buffers());
        foreach (var (text, i) in pages.Select((t, i) => (t, i)))
        {
            var language = i == 4 ? "fr" : "en";

            // when a page is split with the buffers used for the pages before it
            var again = SearchWords.Split(text, language, new Dictionary<string, System.Text.StringBuilder>(), terms, reused);

            // then its terms, each once, and their occurrences are those that new buffers give it
            var fresh = SearchWords.Split(text, language, new Dictionary<string, System.Text.StringBuilder>(), new SearchTerms(), new SearchWords.Buffers());
            Assert.Equal(fresh.Terms, again.Terms);
            Assert.Equal(again.Terms.Distinct().Count(), again.Terms.Length);
            Assert.Equal(fresh.TermStarts, again.TermStarts);
            Assert.Equal(fresh.Occurrences, again.Occurrences);
            Assert.Equal(fresh.Content, again.Content);
        }
    }

    [Fact]
    public void Buffers_that_met_more_words_than_a_site_has_are_not_kept()
    {
        // given a page of 70,000 distinct words (random strings, say), and a page of a few words
        var flood = string.Join(' ', Enumerable.Range(0, 70_000).Select(i => $"w{i}"));
        var (terms, buffers) = (new SearchTerms(), new SearchWords.Buffers());
        SearchWords.Split("a few words", "fr", new Dictionary<string, System.Text.StringBuilder>(), terms, buffers);
        Assert.True(buffers.Reset());

        // when the flood is split with the same buffers
        var words = SearchWords.Split(flood, "fr", new Dictionary<string, System.Text.StringBuilder>(), terms, buffers);

        // then each word is a term of its own, and the buffers say they are too large to keep
        Assert.Equal(70_000, words.Terms.Length);
        Assert.False(buffers.Reset());
    }
}
