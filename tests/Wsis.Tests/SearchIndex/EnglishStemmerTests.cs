using Wsis.Search;

namespace Wsis.Tests.SearchIndex;

public sealed class EnglishStemmerTests
{
    // Pairs from Snowball's English vocabulary and from Pagefind 1.5's index of the real content (which has "internat"
    // and "universiti"): the query's stem in Pagefind's WebAssembly must be the index's.
    [Theory]
    [InlineData("consigned", "consign")]
    [InlineData("generously", "generous")]
    [InlineData("governments", "govern")]
    [InlineData("communication", "communic")]
    [InlineData("international", "internat")]
    [InlineData("university", "universiti")]
    [InlineData("emergency", "emergenc")]
    [InlineData("dying", "die")]
    [InlineData("hopping", "hop")]
    [InlineData("hoping", "hope")]
    [InlineData("proceed", "proceed")]
    [InlineData("cries", "cri")]
    [InlineData("ties", "tie")]
    [InlineData("skies", "sky")]
    [InlineData("by", "by")]
    public void Stems_as_Snowball_3_does(string word, string stem) => Assert.Equal(stem, EnglishStemmer.Stem(word));
}
