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
}
