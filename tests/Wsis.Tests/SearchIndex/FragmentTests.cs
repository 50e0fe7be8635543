using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Wsis.Search;

namespace Wsis.Tests.SearchIndex;

/// <summary>A page's fragment, written straight in UTF-8 with Pagefind's escaping and compressed into a pooled buffer.</summary>
public sealed class FragmentTests
{
    [Fact]
    public void A_fragment_deflate_cannot_compress_comes_out_whole_with_its_text_escaped()
    {
        // given a page whose text is 20,000 characters of no repeating pattern, outside ASCII (three bytes each in UTF-8,
        // of which deflate's fastest level writes most in 9-bit codes), with a quote, a backslash and a control character
        var random = new Random(16);
        var text = new string([.. Enumerable.Range(0, 20_000).Select(_ => (char)random.Next(0x4E00, 0x9FFF))]);
        var html = $"<html lang=\"zh\"><body><div data-pagefind-body><p>\"{text}\\\u0001</p></div></body></html>";

        // when it is read and indexed
        var terms = new SearchTerms();
        var page = SearchPageReader.Read("item/index.html", html, terms);
        var indexed = SearchIndexWriter.Index(page, terms);

        // then its fragment unzips to Pagefind's signature and JSON holding the page's text as read
        using var gzip = new GZipStream(new MemoryStream(indexed.Fragment), CompressionMode.Decompress);
        using var unzipped = new MemoryStream();
        gzip.CopyTo(unzipped);
        var json = Encoding.UTF8.GetString(unzipped.ToArray());
        Assert.StartsWith("pagefind_dcd", json);
        using var fragment = JsonDocument.Parse(json["pagefind_dcd".Length..]);
        Assert.Equal(page.Content, fragment.RootElement.GetProperty("content").GetString());
        Assert.Contains(text, page.Content);
        Assert.Contains("\\u0001", json);
        Assert.True(indexed.Fragment.Length > 50_000, $"compressed to {indexed.Fragment.Length} bytes: the text was meant to be incompressible");
    }
}
