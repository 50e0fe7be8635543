using AngleSharp.Html.Parser;
using Wsis.Search;
using Wsis.Tests.Support;

namespace Wsis.Tests.Pdf;

/// <summary>What `pdf` writes: the whole site as `build` writes it (search index included), with the PDFs its handout pages link.</summary>
[Collection(PdfCollection.Name)]
[Trait("Category", "Browser")]
[Trait("Category", "Pdf")]
public sealed class PdfOutputTests(PrintedHandouts printed)
{
    [Fact]
    public void The_pdf_command_writes_the_search_index_as_build_does()
    {
        printed.SkipUnlessPrinted();
        if (PagefindIndexer.Find(Repo.Root) is null) RequiredTool.Npm.Missing($"Pagefind is not installed. {PagefindIndexer.InstallHint}");

        Assert.Equal("search index built", printed.Written.SearchIndex);
        var entry = Path.Combine(printed.Folder, "pagefind", "pagefind-entry.json");
        Assert.True(File.Exists(entry), "pagefind/pagefind-entry.json is in the output of pdf");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(entry));
        Assert.True(json.RootElement.GetProperty("languages").EnumerateObject().Sum(l => l.Value.GetProperty("page_count").GetInt32()) > 100,
            "the index holds the site's pages");
    }

    [Fact]
    public void Every_printed_pdf_is_written_and_linked_from_its_handout_page()
    {
        printed.SkipUnlessPrinted();
        Assert.True(printed.Written.Written);
        Assert.All(printed.Pdfs, pdf =>
        {
            Assert.Equal(pdf.Content, File.ReadAllBytes(printed.PathOf(pdf)));
            var handout = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(printed.Folder, Wsis.Render.Urls.FileOf(pdf.Job.PageUrl))));
            Assert.Contains(handout.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "/" + pdf.Job.OutputPath);
        });
    }
}
