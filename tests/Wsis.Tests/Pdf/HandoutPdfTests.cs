using UglyToad.PdfPig.Tokens;
using Wsis.Model;
using Wsis.Pdf;
using Wsis.Render;

namespace Wsis.Tests.Pdf;

/// <summary>Prints every handout of the real content in Chromium and reads the PDFs back with pdftotext and PdfPig.</summary>
[Collection(PdfCollection.Name)]
[Trait("Category", "Browser")]
[Trait("Category", "Pdf")]
public sealed class HandoutPdfTests(PrintedHandouts printed)
{
    private const string ColumnHeaders = "Row WSIS outcome ITU goals and resolutions Expected results and ITU activities";

    public static TheoryData<string> ActionLineIds() =>
        new(RealSite.Shared.Publication.ActionLines.Where(l => l.HasText).Select(l => l.Id).Order(StringComparer.Ordinal));

    private Publication Publication => printed.Build.Publication!;

    // The footer names the content's date when there is one (from site.yml or git history).
    private string Footer => Publication.Site.ContentDate is { } date ? $"{Publication.Site.Title} · content of {date}" : Publication.Site.Title;

    [Theory]
    [MemberData(nameof(ActionLineIds))]
    public void Action_line_pdf_has_every_priority_and_roadmap_row_and_splits_only_rows_taller_than_a_page(string id)
    {
        printed.SkipUnlessPrinted();
        var line = Publication.Index.ActionLinesById[id];
        var pdf = printed.For(id);
        var text = ReadBody(pdf, line);

        var cursor = 0;
        var items = line.Items.ToList();
        var starts = new List<int>();
        foreach (var item in items)
        {
            var start = text.Body.IndexOf(PdfText.Normalise(Anchor(item)), cursor, StringComparison.Ordinal);
            Assert.True(start >= 0, $"{item.Title} is missing from the PDF of {id} (looked for “{Anchor(item)}”).");
            starts.Add(start);
            cursor = start + 1;
        }
        for (var i = 0; i < items.Count; i++)
        {
            var end = i + 1 < items.Count ? starts[i + 1] : text.Body.Length;
            var region = text.Body[starts[i]..end];
            var last = starts[i];
            foreach (var fragment in Fragments(items[i]))
            {
                var at = region.IndexOf(PdfText.Normalise(fragment), StringComparison.Ordinal);
                Assert.True(at >= 0, $"{items[i].Title}: “{fragment}” is missing from its part of the PDF of {id}.");
                last = Math.Max(last, starts[i] + at + PdfText.Normalise(fragment).Length - 1);
            }
            // A row that fits on a page is never split; one the printer measured taller than a page is, and must be.
            var split = text.PageAt(starts[i]) != text.PageAt(last);
            var measuredLong = pdf.LongItems.Contains(Urls.Item(items[i]));
            Assert.True(split == measuredLong, measuredLong
                ? $"{items[i].Title} was measured taller than a page but sits on page {text.PageAt(last)} alone."
                : $"{items[i].Title} runs from page {text.PageAt(starts[i])} to page {text.PageAt(last)} of the PDF of {id}; it fits on one and should move to the next page whole.");
        }
        // Transcription notes print as endnotes, after the last item, not between the items.
        foreach (var note in items.Select(i => i switch { Priority p => p.Note, RoadmapRow r => r.Note, _ => null }).OfType<string>())
            Assert.True(text.Body.IndexOf(PdfText.Normalise(note), starts[^1], StringComparison.Ordinal) > starts[^1], $"“{note}” is not among the endnotes of the PDF of {id}.");
    }

    [Theory]
    [MemberData(nameof(ActionLineIds))]
    public void Action_line_pdf_numbers_every_page_and_stays_within_its_page_range(string id)
    {
        printed.SkipUnlessPrinted();
        var line = Publication.Index.ActionLinesById[id];
        var pdf = printed.For(id);
        var pages = PdfText.Pages(printed.PathOf(pdf));
        // Stated range: one page without items; otherwise a roadmap row takes between a quarter of a page and
        // a page and a half, a priority between a twelfth and a fifth, plus the opening of the handout.
        var (min, max) = line.Roadmap.Count + line.Priorities.Count == 0
            ? (1, 1)
            : ((int)Math.Ceiling(line.Roadmap.Count / 4.0 + line.Priorities.Count / 12.0), 2 + (int)(line.Roadmap.Count * 1.5 + line.Priorities.Count / 5.0));
        Assert.InRange(pages.Count, min, max);
        Assert.Equal(pages.Count, pdf.Pages);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = PdfText.Normalise(pages[i]);
            Assert.Contains(PdfText.Normalise($"Page {i + 1} of {pages.Count}"), page);
            Assert.Contains(PdfText.Normalise($"WSIS Action Line {id} · {line.Title}"), page);
            Assert.Contains(PdfText.Normalise(Footer), page);
        }
    }

    [Theory]
    [MemberData(nameof(ActionLineIds))]
    public void Action_line_pdf_has_title_language_and_bookmarks(string id)
    {
        printed.SkipUnlessPrinted();
        var line = Publication.Index.ActionLinesById[id];
        using var document = UglyToad.PdfPig.PdfDocument.Open(printed.PathOf(printed.For(id)));
        Assert.Equal($"{id}: {line.Title} (handout) · {Publication.Site.Title}", document.Information.Title);
        Assert.True(document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create("Lang"), out StringToken lang));
        Assert.Equal(Publication.Site.Language, lang.Data);
        Assert.True(document.TryGetBookmarks(out var bookmarks), $"the PDF of {id} has no bookmarks");
        var titles = bookmarks.GetNodes().Select(b => b.Title).ToList();
        Assert.Contains($"{id} {line.Title}", titles);
        if (line.Priorities.Count > 0) Assert.Contains(titles, t => t.StartsWith("Priorities", StringComparison.Ordinal));
        foreach (var group in line.Roadmap.Select(r => r.Group).Distinct())
            Assert.Contains(titles, t => t.StartsWith($"Roadmap: {group.Title()}", StringComparison.Ordinal));
    }

    [Fact]
    public void Publication_pdf_has_every_item_and_contents_that_give_each_line_its_first_page()
    {
        printed.SkipUnlessPrinted();
        var pdf = printed.For(null);
        var pages = PdfText.Pages(printed.PathOf(pdf)).Select(PdfText.Normalise).ToList();
        var lines = Publication.ActionLines.Where(l => l.HasText).ToList();
        Assert.InRange(pages.Count, 1 + lines.Count, 1 + printed.Pdfs.Where(p => p.Job.ActionLineId is not null).Sum(p => p.Pages));

        var contents = pages[0];
        for (var i = 0; i < lines.Count; i++)
        {
            var entry = PdfText.Normalise(lines[i].Id + lines[i].Title);
            var from = contents.IndexOf(entry, StringComparison.Ordinal);
            Assert.True(from >= 0, $"the contents do not list {lines[i].Id}");
            // An entry reads "C5 Building … 21 items 13": id, title, what it holds, first page.
            var listed = System.Text.RegularExpressions.Regex.Match(contents[from..], "^" + System.Text.RegularExpressions.Regex.Escape(entry) + @"(?:\d+items?|textnotpublishedyet)(?<page>\d+)");
            Assert.True(listed.Success, $"the contents give no page for {lines[i].Id}");
            var startPage = int.Parse(listed.Groups["page"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var header = PdfText.Normalise($"WSIS Action Line {lines[i].Id} · {lines[i].Title}");
            Assert.Contains(header, pages[startPage - 1]);
            Assert.DoesNotContain(header, pages[startPage - 2]);
        }

        // The lines without text are named once on the cover, not given a page each.
        foreach (var pending in Publication.ActionLines.Where(l => !l.HasText))
            Assert.Contains(PdfText.Normalise($"{pending.Id} {pending.Title}"), contents);
        var all = string.Concat(pages);
        foreach (var item in lines.SelectMany(l => l.Items))
            Assert.True(all.Contains(PdfText.Normalise(Anchor(item)), StringComparison.Ordinal), $"{item.Title} is missing from the publication PDF");
        for (var i = 0; i < pages.Count; i++) Assert.Contains(PdfText.Normalise($"Page {i + 1} of {pages.Count}"), pages[i]);

        using var document = UglyToad.PdfPig.PdfDocument.Open(printed.PathOf(pdf));
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.GetNodes().Select(b => b.Title).ToList();
        Assert.Contains("Contents", titles);
        Assert.All(lines, line => Assert.Contains($"{line.Id} {line.Title}", titles));
    }

    [Fact]
    public async Task Printing_the_same_handout_twice_gives_the_same_bytes()
    {
        printed.SkipUnlessPrinted();
        await using var printer = await PdfPrinter.StartAsync(printed.ChromiumPath!, PrintedHandouts.BaseUrl, new SiteFiles(printed.Build.Site!), Paper.A4);
        var again = PdfFile.Normalise((await printer.PrintAsync(Urls.Handout("C11"))).Pdf, Publication.Site.ContentDate);
        Assert.Equal(printed.For("C11").Content, again);
    }

    [Fact]
    public async Task Letter_paper_gives_letter_pages()
    {
        printed.SkipUnlessPrinted();
        await using var printer = await PdfPrinter.StartAsync(printed.ChromiumPath!, PrintedHandouts.BaseUrl, new SiteFiles(printed.Build.Site!), Paper.Letter);
        var pdf = await printer.PrintAsync(Urls.Handout("C2"));
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf.Pdf);
        var page = document.GetPage(1);
        Assert.Equal((612, 792), ((int)Math.Round(page.Width), (int)Math.Round(page.Height)));
    }

    /// <summary>What starts an item in print: a priority's number and text; a row's label, timing and outcome.</summary>
    private static string Anchor(IItem item) => item switch
    {
        Priority p => $"Priority {p.Number} {MarkdownRenderer.PlainText(p.Text)}",
        RoadmapRow r => $"{r.Label} {r.Timing} {MarkdownRenderer.PlainText(r.Outcome)}",
        _ => throw new ArgumentOutOfRangeException(nameof(item)),
    };

    /// <summary>Everything else an item prints, each piece looked for on its own.</summary>
    private IEnumerable<string> Fragments(IItem item)
    {
        var pieces = new List<string>();
        if (item is RoadmapRow row)
        {
            pieces.AddRange(row.ItuGoals);
            pieces.AddRange(row.ExpectedResults.Concat(row.ItuActivities).Select(MarkdownRenderer.PlainText));
        }
        pieces.AddRange(item.Sdgs.Select(s => s.Key));
        pieces.AddRange(item.Stakeholders.All ? ["All stakeholders"] : item.Stakeholders.Slugs.Select(s => Publication.Stakeholders.Single(g => g.Slug == s).Name));
        return pieces;
    }

    /// <summary>The PDF's text without its page furniture (running header, footer, repeated column headers), with where each page starts.</summary>
    private (string Body, Func<int, int> PageAt) ReadBody(PrintedPdf pdf, ActionLine line)
    {
        var furniture = new[]
        {
            $"WSIS Action Line {line.Id} · {line.Title}", "Handout", Footer, ColumnHeaders,
        }.Select(PdfText.Normalise).ToList();
        var pages = PdfText.Pages(printed.PathOf(pdf));
        var body = new System.Text.StringBuilder();
        var starts = new List<int>();
        for (var i = 0; i < pages.Count; i++)
        {
            var page = PdfText.Normalise(pages[i]).Replace(PdfText.Normalise($"Page {i + 1} of {pages.Count}"), "", StringComparison.Ordinal);
            page = furniture.Aggregate(page, (text, f) => text.Replace(f, "", StringComparison.Ordinal));
            starts.Add(body.Length);
            body.Append(page);
        }
        return (body.ToString(), position => starts.FindLastIndex(s => s <= position) + 1);
    }
}
