using System.Text;
using Wsis.Diagnostics;
using Wsis.Render;
using Wsis.Write;

namespace Wsis.Tests.Write;

/// <summary>The staging folder encodes each page in slices: the file must hold the page's UTF-8 exactly, wherever a slice ends.</summary>
public sealed class PageWritingTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wsis-write-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(32 * 1024 - 1)] // a pair across the first slice's end
    [InlineData(32 * 1024)]
    [InlineData(200_000)]
    public void A_page_is_written_as_its_UTF8_with_pairs_and_accents_across_slices(int length)
    {
        var html = new StringBuilder();
        var random = new Random(length);
        string[] parts = ["<p>", "é", "“", "😀", "a", "\u4e2d", "</p>"];
        while (html.Length < length) html.Append(parts[random.Next(parts.Length)]);
        // The first slice ends between the halves of a surrogate pair when one starts just before it.
        if (length >= 32 * 1024) html.Insert(32 * 1024 - 1, "😀");
        var page = new RenderedPage("/page/", html.ToString(), SourceLocation.File("content/x.yml"));

        using var staging = StagingFolder.Create(System.IO.Path.Combine(_root, "out"), []);
        staging.Write(page);

        Assert.Equal(Encoding.UTF8.GetBytes(page.Html), File.ReadAllBytes(System.IO.Path.Combine(staging.Path, page.Path)));
    }
}
