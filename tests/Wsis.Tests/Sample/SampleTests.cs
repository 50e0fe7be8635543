using System.Text;
using AngleSharp.Html.Parser;
using Wsis.Build;
using Wsis.Cli;
using Wsis.Load;
using Wsis.Sample;
using Wsis.Tests.Support;

namespace Wsis.Tests.Sample;

public class SampleTests
{
    [Fact]
    public void Sample_is_the_same_for_the_same_number_of_items()
    {
        var first = ContentFormat.Files(SampleGenerator.Generate(500));
        var second = ContentFormat.Files(SampleGenerator.Generate(500));

        Assert.Equal(first, second);
        Assert.Equal(HugoFormat.Files(SampleGenerator.Generate(500)), HugoFormat.Files(SampleGenerator.Generate(500)));
        Assert.NotEqual(first, ContentFormat.Files(SampleGenerator.Generate(501)));
    }

    [Fact]
    public void Sample_builds_without_errors_or_warnings_with_a_page_per_item()
    {
        const int items = 300;
        var result = TestBuild.InMemory(ContentSet.Sample(items).ToRawFiles(), ContentSet.Templates, null);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(5)));
        Assert.Empty(result.Diagnostics);
        var itemPages = result.Site!.Pages.Where(p => p.Url.Contains("/priorities/", StringComparison.Ordinal) || p.Url.Contains("/roadmap/", StringComparison.Ordinal)).ToList();
        Assert.Equal(items, itemPages.Count);
        Assert.True(result.LinksChecked > items, "every item links to another item, and the link checker saw those links");
    }

    [Fact]
    public void Sample_items_carry_the_promised_body_links_and_tags()
    {
        var sample = SampleGenerator.Generate(200);

        Assert.Equal(SampleGenerator.ActionLines, sample.Items.Select(i => i.ActionLine).Distinct().Count());
        Assert.Contains(sample.Items, i => i.IsPriority);
        Assert.Contains(sample.Items, i => !i.IsPriority);
        var urls = sample.Items.Select(i => i.Url).ToHashSet();
        foreach (var item in sample.Items)
        {
            Assert.InRange(item.Sdgs.Count, 1, 4);
            Assert.InRange(item.Stakeholders.Count, 1, 3);
            var words = Markdig.Markdown.ToPlainText(item.Body).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
            Assert.InRange(words, 150, 200);
            var link = System.Text.RegularExpressions.Regex.Match(item.Body, @"\]\((/action-lines/[^)]+)\)");
            Assert.True(link.Success && urls.Contains(link.Groups[1].Value) && link.Groups[1].Value != item.Url, $"{item.Url} links to another item");
            Assert.Contains("*", item.Body);
            if (!item.IsPriority)
            {
                Assert.Contains("\n- ", item.Body);
                Assert.Contains("| --- |", item.Body);
            }
        }
    }

    [Fact]
    public void Sample_row_bodies_render_as_a_list_and_a_table()
    {
        var result = TestBuild.InMemory(ContentSet.Sample(40).ToRawFiles(), ContentSet.Templates, null);
        var row = result.Site!.Pages.First(p => p.Url.Contains("/roadmap/", StringComparison.Ordinal));
        var document = new HtmlParser().ParseDocument(row.Html);

        Assert.NotNull(document.QuerySelector("main table"));
        Assert.NotNull(document.QuerySelector("main ul li"));
        Assert.NotNull(document.QuerySelector("main em"));
    }

    [Fact]
    public void Sample_refuses_to_write_into_a_folder_it_did_not_write()
    {
        var folder = Directory.CreateTempSubdirectory("wsis-sample-test-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "site.yml"), "title: real content\n");

            var error = SampleCommand.Write(folder, ContentFormat.Files(SampleGenerator.Generate(5)));

            Assert.NotNull(error);
            Assert.Equal("title: real content\n", File.ReadAllText(Path.Combine(folder, "site.yml")));
            Assert.Single(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Sample_replaces_an_earlier_sample_in_the_same_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"wsis-sample-test-{Guid.NewGuid():N}");
        try
        {
            Assert.Null(SampleCommand.Write(folder, ContentFormat.Files(SampleGenerator.Generate(30))));
            Assert.Null(SampleCommand.Write(folder, ContentFormat.Files(SampleGenerator.Generate(12))));

            var result = TestBuild.Folders(new BuildOptions { ContentDirectory = folder, TemplatesDirectory = Repo.Templates });
            Assert.True(result.Succeeded);
            Assert.Contains("12 items", File.ReadAllText(Path.Combine(folder, ContentFormat.Marker)));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
