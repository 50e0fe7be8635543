using System.Text;
using Wsis.Render;

namespace Wsis.Tests.Render;

/// <summary>The chunked output pages are written to: exactly what was written, page after page on one output.</summary>
public sealed class PageOutputTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16 * 1024 - 1)]
    [InlineData(16 * 1024)]
    [InlineData(16 * 1024 + 1)]
    [InlineData(300_000)] // more chunks than the output keeps for the next page
    public void Gives_what_was_written_however_the_writes_fall_on_its_chunks(int length)
    {
        var output = new PageOutput();
        var expected = new StringBuilder();
        var random = new Random(length);
        while (expected.Length < length)
        {
            var text = new string((char)('a' + random.Next(26)), Math.Min(random.Next(1, 5000), length - expected.Length));
            var offset = random.Next(0, 3);
            var padded = new string('#', offset) + text + "##";
            output.Write(padded, offset, text.Length);
            expected.Append(text);
        }
        Assert.Equal(expected.Length, output.Length);
        Assert.Equal(expected.ToString(), output.ToString());
    }

    [Fact]
    public void A_cleared_output_holds_nothing_of_the_page_before()
    {
        var output = new PageOutput();
        var large = new string('x', 400_000);
        output.Write(large, 0, large.Length);
        Assert.Equal(large, output.ToString());
        output.Clear();
        Assert.Equal("", output.ToString());
        output.Write("<p>next</p>", 0, 11);
        Assert.Equal("<p>next</p>", output.ToString());
    }

    private sealed class Collected : IPageStream
    {
        public readonly StringBuilder Text = new();
        public int Opened;
        public int LongestPart;

        public void Write(ReadOnlySpan<char> text)
        {
            Text.Append(text);
            LongestPart = Math.Max(LongestPart, text.Length);
        }
    }

    [Theory]
    [InlineData(100, 50_000)]
    [InlineData(16 * 1024, 16 * 1024)] // exactly the overflow's length: held whole
    [InlineData(16 * 1024, 16 * 1024 + 1)]
    [InlineData(40_000, 1_000_000)]
    [InlineData(100, 10_000)] // longer than the overflow's length, but within one chunk: held whole
    public void A_page_longer_than_its_overflow_goes_to_the_stream_whole_and_in_order(int overflowAt, int length)
    {
        var output = new PageOutput();
        var stream = new Collected();
        output.Begin(new PageOverflow(overflowAt, () => { stream.Opened++; return stream; }));
        const int chunk = 16 * 1024;
        var held = Math.Max(1, (overflowAt + chunk - 1) / chunk) * chunk; // the overflow's length in whole chunks
        var expected = new StringBuilder();
        var random = new Random(length);
        while (expected.Length < length)
        {
            var text = new string((char)('a' + random.Next(26)), Math.Min(random.Next(1, 5000), length - expected.Length));
            output.Write(text, 0, text.Length);
            expected.Append(text);
            Assert.True(output.Length <= held, $"{output.Length} characters held");
        }
        var returned = output.End(output.ToString());

        if (length <= held)
        {
            Assert.Equal(0, stream.Opened);
            Assert.Equal(expected.ToString(), returned);
        }
        else
        {
            Assert.Equal(1, stream.Opened);
            Assert.Equal("", returned);
            Assert.Equal(expected.ToString(), stream.Text.ToString());
        }
        Assert.False(output.Streamed); // the next page starts afresh
    }

    [Theory]
    [InlineData(16 * 1024 - 1)] // a pair with one place left in the chunk
    [InlineData(16 * 1024 - 2)]
    [InlineData(16 * 1024)]
    [InlineData(5)]
    public void UTF8_text_is_written_as_its_characters_with_pairs_and_accents_across_chunks(int before)
    {
        var output = new PageOutput();
        var lead = new string('a', before);
        output.Write(lead, 0, lead.Length);
        var text = string.Concat(Enumerable.Repeat("😀é“\u4e2dx", 20_000));
        output.WriteUtf8(Encoding.UTF8.GetBytes(text));
        output.WriteUtf8(new ReusedHtml(Encoding.UTF8.GetBytes("<p>😀</p>")).Utf8);

        Assert.Equal(lead + text + "<p>😀</p>", output.ToString());
    }
}
