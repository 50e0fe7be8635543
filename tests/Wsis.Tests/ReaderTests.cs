using AngleSharp.Dom;
using Wsis.Model;
using Wsis.Render;

namespace Wsis.Tests;

/// <summary>What a first-time reader meets: titles that read as text, notes out of the way, no empty tables.</summary>
public sealed class ReaderTests(RealSite site)
{
    private IEnumerable<IItem> Items => site.Publication.ActionLines.SelectMany(a => a.Items);

    [Fact]
    public void Every_item_page_title_and_heading_carry_five_words_of_the_items_own_text()
    {
        foreach (var item in Items)
        {
            var page = site.Documents[Urls.Item(item)];
            var words = Words(ItemText(item));
            var needed = Math.Min(5, words.Length);
            foreach (var (where, text) in new[] { ("h1", page.QuerySelector("h1")!.TextContent), ("title", page.Title ?? "") })
                Assert.True(LongestRunOfWords(Words(text), words) >= needed, $"{Urls.Item(item)}: the {where} \"{text}\" has fewer than {needed} words of the item's text");
        }
    }

    [Fact]
    public void Lists_of_items_name_them_by_their_text_not_by_their_ids()
    {
        var item = Items.First(i => i.Sdgs.Any(l => l.Goal == 9));
        var link = site.Documents[Urls.Goal(9)].QuerySelectorAll($"a[href='{Urls.Item(item)}']");
        Assert.NotEmpty(link);
        Assert.All(link, a => Assert.True(LongestRunOfWords(Words(a.TextContent), Words(ItemText(item))) >= 5, a.TextContent));
    }

    [Fact]
    public void Rows_sharing_an_opening_get_titles_that_tell_them_apart()
    {
        foreach (var line in site.Publication.ActionLines)
        {
            var titles = line.Items.Select(i => site.Documents[Urls.Item(i)].QuerySelector("h1")!.TextContent).ToList();
            Assert.Equal(titles.Count, titles.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void Transcription_and_speaker_notes_are_closed_and_out_of_the_search_index()
    {
        var notes = site.Publication.ActionLines.SelectMany(line => line.Items.Select(i => (Line: line, Note: Note(i), Url: Urls.Item(i)))
                .Concat((line.Context?.Sections.Select(s => s.Notes) ?? []).Concat(line.Context?.Milestones.Select(m => m.Notes) ?? [])
                    .Select(n => (Line: line, Note: n, Url: Urls.ActionLine(line.Id)))))
            .Where(n => n.Note is not null)
            .ToList();
        Assert.True(notes.Count > 30, "The real content has some forty notes; the test would prove nothing without them.");
        foreach (var (line, note, url) in notes)
        {
            // Item notes are printed as written, context notes as Markdown: look for the note either way.
            var probe = Probe(MarkdownRenderer.PlainText(note!));
            foreach (var pageUrl in new[] { Urls.ActionLine(line.Id), url }.Distinct())
            {
                var holders = Holders(site.Documents[pageUrl], probe);
                if (holders.Count == 0) holders = Holders(site.Documents[pageUrl], Probe(note!));
                Assert.True(holders.Count > 0, $"{pageUrl}: the note \"{probe}\" is not published");
                foreach (var holder in holders)
                {
                    Assert.True(holder.Closest("details:not([open])") is not null, $"{pageUrl}: the note \"{probe}\" is visible on first render");
                    Assert.True(holder.Closest("[data-pagefind-ignore]") is not null || holder.Closest("[data-pagefind-body]") is null,
                        $"{pageUrl}: the note \"{probe}\" is in the search index");
                }
            }
        }
    }

    [Fact]
    public void Every_transcription_note_is_on_its_sources_notes_page_and_none_between_handout_items()
    {
        foreach (var item in Items.Where(i => Note(i) is not null))
        {
            var probe = Probe(Note(item)!);
            Assert.NotEmpty(Holders(site.Documents[Urls.SourceNotes(item.SourceId)], probe));
            var handout = site.Documents[Urls.Handout(item.ActionLineId)];
            Assert.All(Holders(handout, probe), h => Assert.Null(h.Closest(".handout-row, .handout-priority")));
            Assert.NotEmpty(Holders(handout, probe));
        }
    }

    [Fact]
    public void An_action_line_without_text_has_no_handout_and_no_pdf_and_is_listed_once_as_not_here_yet()
    {
        var empty = site.Publication.ActionLines.Where(a => !a.Items.Any() && a.Context is null).ToList();
        Assert.NotEmpty(empty);
        var jobs = Wsis.Pdf.PdfBuilder.Jobs(site.Publication);
        var index = site.Documents[Urls.ActionLines];
        foreach (var line in empty)
        {
            Assert.DoesNotContain(site.Site.Pages, p => p.Url == Urls.Handout(line.Id));
            Assert.DoesNotContain(jobs, j => j.ActionLineId == line.Id || j.PageUrl == Urls.Handout(line.Id));
            Assert.Empty(site.Documents.Values.SelectMany(d => d.QuerySelectorAll($"a[href='{Urls.Handout(line.Id)}'], a[href='{Urls.HandoutPdf(line.Id)}']")));
            Assert.Single(index.QuerySelectorAll($"main a[href='{Urls.ActionLine(line.Id)}']"));
            Assert.NotNull(index.QuerySelector($".pending a[href='{Urls.ActionLine(line.Id)}']"));
            Assert.Null(site.Documents[Urls.PublicationHandout].QuerySelector($"#{line.Slug}"));
        }
        Assert.All(new[] { Urls.Home, Urls.ActionLines }, url => Assert.DoesNotContain(site.Documents[url].QuerySelectorAll("main td"), td => td.TextContent.Trim() == "0"));
    }

    [Fact]
    public void Search_kind_filter_is_spelled_as_english_plurals()
    {
        var kinds = site.Documents[Urls.Search].QuerySelectorAll("#search-type option[value]:not([value=''])").Select(o => o.TextContent).ToList();
        Assert.Equal(["Priorities", "Roadmap rows"], kinds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Sdg_badges_say_what_they_are_and_name_their_goal_or_target_in_a_tooltip()
    {
        var badges = site.Documents[Urls.ActionLine("C5")].QuerySelectorAll("main a.badge");
        Assert.NotEmpty(badges);
        foreach (var badge in badges)
        {
            var goal = site.Publication.Goals.Single(g => badge.ClassList.Contains($"sdg-{g.Number}"));
            Assert.Matches($@"^(SDG {goal.Number}|Target {goal.Number}\.\w+)$", badge.TextContent);
            // The tooltip gives the target's text where the content has it, else the goal's name.
            Assert.Matches($@"^(SDG {goal.Number}|Target {goal.Number}\.\w+): .{{5,}}", badge.GetAttribute("title") ?? "");
        }
    }

    [Fact]
    public void Background_has_no_empty_heading_and_the_404_page_offers_no_edit_link()
    {
        var background = site.Documents[Urls.Background];
        Assert.All(background.QuerySelectorAll("main h2"), h => Assert.NotNull(h.NextElementSibling is { } next && next.LocalName != "h2" && !next.ClassList.Contains("data-link") ? next : null));
        Assert.DoesNotContain(site.Documents["/404.html"].QuerySelectorAll("a"), a => a.TextContent.Contains("Edit this page", StringComparison.Ordinal));
    }

    /// <summary>Forty characters from the middle of a note: its opening may repeat a heading the page shows anyway.</summary>
    // The whole note: a part of it may quote the source or a heading, which the page also shows outside the note.
    private static string Probe(string note) => Flat(note);

    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? Note(IItem item) => item switch { Priority p => p.Note, RoadmapRow r => r.Note, _ => null };

    /// <summary>The innermost elements whose text holds the probe.</summary>
    private static List<IElement> Holders(IDocument page, string probe) =>
        page.Body!.QuerySelectorAll("*")
            .Where(e => Flat(e.TextContent).Contains(probe, StringComparison.Ordinal) && !e.Children.Any(c => Flat(c.TextContent).Contains(probe, StringComparison.Ordinal)))
            .ToList();

    internal static string ItemText(IItem item) => MarkdownRenderer.PlainText(item switch
    {
        Priority p => p.Text,
        RoadmapRow r => r.Outcome,
        _ => throw new ArgumentOutOfRangeException(nameof(item)),
    });

    private static string[] Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', ';', ':', '…', '(', ')')).Where(w => w.Length > 0).ToArray();

    /// <summary>The longest run of consecutive words the two texts share.</summary>
    private static int LongestRunOfWords(string[] a, string[] b)
    {
        var best = 0;
        for (var i = 0; i < a.Length; i++)
        for (var j = 0; j < b.Length; j++)
        {
            var n = 0;
            while (i + n < a.Length && j + n < b.Length && a[i + n] == b[j + n]) n++;
            best = Math.Max(best, n);
        }
        return best;
    }
}
