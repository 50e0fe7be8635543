using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Wsis.Model;
using Wsis.Render;

namespace Wsis.Tests;

/// <summary>
/// The pages show the source's text as the source gives it: each row's own wording of its SDG targets, the
/// roadmap's last column as it is headed and ordered, and the footnotes, notes and headings of the texts.
/// </summary>
public sealed partial class SourceTextOnPagesTests(RealSite site)
{
    private Publication Publication => site.Publication;
    private IEnumerable<RoadmapRow> Rows => Publication.ActionLines.SelectMany(a => a.Roadmap);

    [GeneratedRegex(@"\s+")] private static partial Regex Space();
    private static string Flat(string text) => Space().Replace(text, " ").Trim();
    private static string Flat(IElement element) => Flat(element.TextContent);

    private IDocument Page(string url)
    {
        Assert.True(site.Documents.TryGetValue(url, out var document), $"No page at {url}");
        return document;
    }

    private static IElement? TargetParagraph(IDocument page, string target) =>
        page.QuerySelectorAll("main p.target-text").FirstOrDefault(p => p.QuerySelector("strong")?.TextContent == $"Target {target}");

    [Fact]
    public void A_row_page_shows_its_own_wording_of_each_target()
    {
        var worded = Rows.SelectMany(r => r.Sdgs.Where(l => l.TargetText is not null).Select(l => (Row: r, Link: l))).ToList();
        Assert.NotEmpty(worded);
        Assert.All(worded, w =>
        {
            var paragraph = TargetParagraph(Page(Urls.Item(w.Row)), w.Link.Target!);
            Assert.True(paragraph is not null, $"{w.Row.Title}: no text for target {w.Link.Target}");
            Assert.Contains(Flat(w.Link.TargetText!), Flat(paragraph));
            Assert.Null(paragraph.QuerySelector("a"));
        });
    }

    [Fact]
    public void A_target_given_by_number_shows_another_rows_wording_and_names_that_row()
    {
        var borrowed = Rows.SelectMany(r => r.Sdgs.Where(l => l.Target is not null && l.TargetText is null)
                .Where(l => Publication.Index.TargetWordings.ContainsKey(l.Target!))
                .Select(l => (Row: r, Link: l)))
            .ToList();
        Assert.NotEmpty(borrowed);
        Assert.All(borrowed, b =>
        {
            var paragraph = TargetParagraph(Page(Urls.Item(b.Row)), b.Link.Target!);
            Assert.True(paragraph is not null, $"{b.Row.Title}: no text for target {b.Link.Target}");
            var from = paragraph.QuerySelector("a");
            Assert.True(from is not null, $"{b.Row.Title}: target {b.Link.Target} does not say where its text comes from");
            var lender = Rows.Single(r => Urls.Item(r) == from.GetAttribute("href"));
            var lent = lender.Sdgs.Single(l => l.Target == b.Link.Target).TargetText;
            Assert.NotNull(lent);
            Assert.Contains(Flat(lent), Flat(paragraph));
        });
    }

    [Fact]
    public void A_target_no_source_words_is_shown_with_its_number_and_goal_name()
    {
        var bare = Rows.SelectMany(r => r.Sdgs.Where(l => l.Target is not null && !Publication.Index.TargetWordings.ContainsKey(l.Target!))
            .Select(l => (Row: r, Link: l))).ToList();
        Assert.NotEmpty(bare);
        Assert.All(bare, b =>
        {
            var page = Page(Urls.Item(b.Row));
            Assert.Null(TargetParagraph(page, b.Link.Target!));
            var goal = Publication.Goals.Single(g => g.Number == b.Link.Goal);
            Assert.Contains(page.QuerySelectorAll("main p.target-text"), p => Flat(p).Contains($"target {b.Link.Target} (SDG {goal.Number}: {goal.Name})", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Sdg_page_gives_every_wording_of_a_target_with_the_rows_that_word_it_so()
    {
        foreach (var goal in Publication.Goals)
        {
            var page = Page(Urls.Goal(goal.Number));
            foreach (var target in goal.Targets.Where(Publication.Index.ItemsByTarget.ContainsKey))
            {
                var term = page.GetElementById(Urls.TargetAnchor(target));
                Assert.True(term?.NextElementSibling is not null, $"SDG {goal.Number}: target {target} is not listed");
                var paragraphs = term.NextElementSibling.Children.Where(c => c.LocalName == "p").ToList();
                var expected = Publication.Index.ItemsByTarget[target]
                    .SelectMany(i => i.Sdgs.Where(l => l.Target == target && l.TargetText is not null).Select(l => (Text: l.TargetText!, Url: Urls.Item(i))))
                    .GroupBy(x => x.Text)
                    .ToList();
                if (expected.Count == 0)
                {
                    Assert.Single(paragraphs);
                    continue;
                }
                Assert.Equal(expected.Count * 2, paragraphs.Count);
                for (var k = 0; k < expected.Count; k++)
                {
                    Assert.Equal(Flat(expected[k].Key), Flat(paragraphs[2 * k]));
                    Assert.Equal(expected[k].Select(x => x.Url).Distinct(), paragraphs[2 * k + 1].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
                }
            }
        }
    }

    [Fact]
    public void An_undivided_last_column_keeps_the_sources_one_heading_and_never_says_a_part_is_missing()
    {
        var rows = Rows.Where(r => r.EditorialSplit).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            var details = Page(Urls.Item(r)).QuerySelector("main dl.row-detail")!;
            var terms = details.Children.Where(c => c.LocalName == "dt").Select(Flat).ToList();
            Assert.Contains("Expected Results of ITU Activities", terms);
            Assert.DoesNotContain("Expected results", terms);
            Assert.DoesNotContain("ITU activities", terms);
            Assert.DoesNotContain("Not given in the source", Flat(details));
        });
        Assert.All(Rows.Where(r => !r.EditorialSplit), r =>
        {
            var terms = Page(Urls.Item(r)).QuerySelectorAll("main dl.row-detail > dt").Select(Flat).ToList();
            Assert.Contains("Expected results", terms);
            Assert.Contains("ITU activities", terms);
        });
    }

    [Fact]
    public void The_last_columns_lists_are_shown_in_the_order_the_row_gives_them()
    {
        Assert.Contains(Rows, r => r.ActivitiesFirst);
        foreach (var row in Rows.Where(r => r.ExpectedResults.Count > 0 && r.ItuActivities.Count > 0))
        {
            var expected = row.ActivitiesFirst ? new[] { "ITU activities", "Expected results" } : ["Expected results", "ITU activities"];
            var onItemPage = Page(Urls.Item(row)).QuerySelectorAll("main dl.row-detail .row__h, main dl.row-detail > dt")
                .Select(Flat).Where(expected.Contains).ToList();
            var onLinePage = Page(Urls.ActionLine(row.ActionLineId)).GetElementById(row.Anchor)!.QuerySelectorAll(".row__r .row__h").Select(Flat).ToList();
            Assert.Equal(expected, onItemPage);
            Assert.Equal(expected, onLinePage);
        }
    }

    // Where the split is ours, the order is too: it must be the source's, read after the row's outcome.
    [Fact]
    public void An_editorially_split_row_gives_its_lists_in_the_sources_order()
    {
        var rows = Rows.Where(r => r.EditorialSplit && r.ExpectedResults.Count > 0 && r.ItuActivities.Count > 0).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            var source = FidelityTests.Normalise(Publication.Index.SourcesById[row.SourceId].Text);
            int At(string text, int from) => source.IndexOf(string.Join(' ', FidelityTests.Normalise(text).Split(' ').Take(6)), from, StringComparison.Ordinal);
            var outcome = At(Regex.Replace(row.Outcome, @"(?m)^\s*-\s+", ""), 0);
            var results = At(row.ExpectedResults[0], outcome);
            var activities = At(row.ItuActivities[0], outcome);
            Assert.True(outcome >= 0 && results >= 0 && activities >= 0, $"{row.Title}: not found in the source");
            Assert.Equal(activities < results, row.ActivitiesFirst);
        });
    }

    [Theory]
    [InlineData("C5", new[] { "⁵", "⁶", "⁸" })]
    [InlineData("C6", new[] { "⁹", "¹⁰", "11 ", "¹²" })]
    public void Action_line_page_and_about_page_give_the_tables_own_column_footnotes(string actionLine, string[] marks)
    {
        var footnotes = Footnotes(marks);
        Assert.Equal(4, footnotes.Count);
        var linePage = Flat(Page(Urls.ActionLine(actionLine)).QuerySelector("#overview")!);
        var aboutPage = Flat(Page(Urls.Page("about-the-roadmaps")).QuerySelector("main")!);
        Assert.All(footnotes, f => Assert.Contains(f, linePage));
        Assert.All(footnotes, f => Assert.Contains(f, aboutPage));
    }

    // Footnote lines of the roadmaps' source that start with one of the marks; "⁶ …" carries footnote 7 after it.
    private List<string> Footnotes(string[] marks) =>
        Publication.Index.SourcesById["itu-roadmaps"].Text.Split('\n')
            .Where(line => marks.Any(m => line.StartsWith(m, StringComparison.Ordinal)))
            .SelectMany(line => Regex.Split(line, @"\s(?=\d{1,2} [A-Z])"))
            .Select(part => Flat(Regex.Replace(part, @"^[⁰¹²³⁴⁵⁶⁷⁸⁹\d]+\s*", "")))
            .Distinct()
            .ToList();

    [Fact]
    public void C5_page_spells_out_GCA_as_the_tables_heading_does()
    {
        var note = Regex.Match(Publication.Index.SourcesById["itu-roadmaps"].Text, @"Note: (GCA – [^\n]+)").Groups[1].Value.Trim();
        Assert.NotEmpty(note);
        Assert.Contains(note, Flat(Page(Urls.ActionLine("C5")).QuerySelector("#overview")!));
    }

    [Fact]
    public void C11_timeline_has_the_slides_heading()
    {
        var context = Publication.Index.ActionLinesById["C11"].Context!;
        var heading = Flat(Page(Urls.ActionLine("C11")).GetElementById("milestones-title")!);
        Assert.Contains(heading, Publication.Index.SourcesById[context.SourceId].Text.Split('\n').Select(l => l.Trim()));
    }

    // A pull quote is a paragraph of the backgrounder that repeats a sentence of another of its paragraphs.
    [Fact]
    public void Backgrounder_page_gives_its_pull_quotes()
    {
        var page = Publication.Pages.Single(p => p.SourceId == "wtpf-backgrounder");
        var paragraphs = Publication.Index.SourcesById[page.SourceId!].Text.Split('\n')
            .Select(l => Flat(Regex.Replace(l, @"<[^>]+>|\*\*|^[-#]+\s*", "")))
            .Where(l => l.Length > 0)
            .ToList();
        var quotes = paragraphs
            .Where(p => p.Split(' ').Length >= 6 && paragraphs.Any(other => other != p && other.Contains(p.TrimEnd('.'), StringComparison.Ordinal)))
            .ToList();
        Assert.NotEmpty(quotes);
        var text = Flat(Page(Urls.Page(page.Slug)).QuerySelector("main")!);
        Assert.All(quotes, q => Assert.Contains($"\"{q}\"", text));
    }

    [Fact]
    public void Facilitators_from_outside_the_sources_say_so_where_they_are_shown()
    {
        var outside = Publication.ActionLines.Where(a => a.FacilitatorsSource is { } f && !Publication.Index.SourcesById.ContainsKey(f)).ToList();
        Assert.NotEmpty(outside);
        var index = Page(Urls.ActionLines).QuerySelectorAll("main p").Select(Flat).Where(p => p.StartsWith("Facilitators of ", StringComparison.Ordinal)).ToList();
        Assert.All(outside, line =>
        {
            Assert.Contains("not in the source documents of this publication", Flat(Page(Urls.ActionLine(line.Id)).QuerySelector("main .facts")!));
            Assert.Contains(index, note => note.Contains("not in the source documents", StringComparison.Ordinal)
                && note[..note.IndexOf(':')].Split(' ', ',').Contains(line.Id));
        });
    }

    [Fact]
    public void Background_page_gives_each_sources_note_beside_its_status()
    {
        var items = Page(Urls.Background).QuerySelectorAll("main ul.sources > li").ToList();
        Assert.All(Publication.Sources.Where(s => s.Note is not null), source =>
            Assert.Contains(items, li => li.QuerySelector("a")?.TextContent == source.Title && Flat(li).Contains(Flat(source.Note!), StringComparison.Ordinal)));
    }
}
