using System.Text.RegularExpressions;
using Wsis.Model;

namespace Wsis.Tests;

/// <summary>
/// The content is a transcription of the seed texts: every priority and roadmap row is found in its source
/// (nothing invented), and every row of the source is in the content (nothing cut).
/// </summary>
public partial class FidelityTests
{
    // The shortest run of words that must be found in the source; shorter runs could match by chance.
    private const int MinimumRun = 4;

    private static readonly Publication Publication = RealSite.Shared.Publication;

    [GeneratedRegex(@"<[^>]+>")] private static partial Regex Tags();
    [GeneratedRegex(@"[¹²³⁴⁵⁶⁷⁸⁹⁰]")] private static partial Regex FootnoteMarks();
    [GeneratedRegex(@"\s*[-‐‑–]\s*")] private static partial Regex Hyphens();
    [GeneratedRegex(@"[•\uf0b7\uf0a7▪◦●]|\*\*|\[\^\d+\]")] private static partial Regex BulletsAndMarkup();
    [GeneratedRegex(@"\s+")] private static partial Regex Space();
    [GeneratedRegex(@"(?<=\d\.) +(?=[A-Z])")] private static partial Regex NumberedSpace();

    /// <summary>The same normalisation on both sides: no markup, footnote marks, bullets or hyphenation; single spaces.</summary>
    public static string Normalise(string text)
    {
        text = Tags().Replace(text, " ");
        text = FootnoteMarks().Replace(text, "");
        text = BulletsAndMarkup().Replace(text, " ");
        text = text.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"');
        text = Hyphens().Replace(text, "");
        text = NumberedSpace().Replace(text, "");
        return Space().Replace(text, " ").Trim();
    }

    /// <summary>
    /// Splits a field into the longest runs of words found in the source. A table cell that the extraction split
    /// across lines or pages is several runs; an invented phrase is a run shorter than MinimumRun words.
    /// </summary>
    public static IReadOnlyList<string> UnmatchedPhrases(string field, string normalisedSource, IReadOnlySet<string> cellPieces)
    {
        var words = Normalise(field).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var unmatched = new List<string>();
        var start = 0;
        while (start < words.Length)
        {
            var end = start;
            while (end < words.Length && normalisedSource.Contains(string.Join(' ', words[start..(end + 1)]), StringComparison.Ordinal)) end++;
            if (end - start >= MinimumRun || (end == words.Length && end > start) || words.Length < MinimumRun && end > start)
            {
                start = end;
                continue;
            }
            // A short run is the source's only where it is the start or end of a wrapped table cell.
            var piece = Enumerable.Range(1, Math.Min(MinimumRun - 1, words.Length - start)).Reverse()
                .FirstOrDefault(k => cellPieces.Contains(string.Join(' ', words[start..(start + k)])));
            if (piece > 0)
            {
                start += piece;
                continue;
            }
            unmatched.Add(string.Join(' ', words[start..Math.Min(words.Length, start + MinimumRun)]));
            start = Math.Max(end, start + 1);
        }
        return unmatched;
    }

    // Extraction damage the transcription repairs, listed so the check stays exact everywhere else.
    private static readonly IReadOnlyDictionary<string, string> KnownRepairs = new Dictionary<string, string>
    {
        ["intergovernmenta I and"] = "intergovernmental and",
        ["**Official Development**Assistance"] = "**Official Development** Assistance",
    };

    private static string SourceOf(string sourceId) =>
        Normalise(KnownRepairs.Aggregate(Publication.Index.SourcesById[sourceId].Text, (text, repair) => text.Replace(repair.Key, repair.Value)));

    /// <summary>The first and last few words of each table cell (text between tabs and line ends) of a source.</summary>
    private static IReadOnlySet<string> CellPiecesOf(string sourceId)
    {
        var pieces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in Publication.Index.SourcesById[sourceId].Text.Split('\t', '\n'))
        {
            var words = Normalise(cell).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var k = 1; k <= Math.Min(MinimumRun - 1, words.Length); k++)
            {
                pieces.Add(string.Join(' ', words[..k]));
                pieces.Add(string.Join(' ', words[^k..]));
            }
        }
        return pieces;
    }

    public static TheoryData<string> Items() => new(Publication.ActionLines.SelectMany(a => a.Items).Select(Wsis.Render.Urls.Item));

    [Theory]
    [MemberData(nameof(Items))]
    public void Item_text_is_found_in_its_source(string url)
    {
        var item = Publication.ActionLines.SelectMany(a => a.Items).Single(i => Wsis.Render.Urls.Item(i) == url);
        var source = SourceOf(item.SourceId);
        var cells = CellPiecesOf(item.SourceId);
        var fields = item switch
        {
            Priority p => new[] { p.Text, p.KeyPhrase },
            RoadmapRow r => new[] { r.Outcome, r.Timing ?? "" }
                .Concat(r.ItuGoals).Concat(r.ExpectedResults).Concat(r.ItuActivities)
                .Concat(r.Sdgs.Select(l => l.TargetText ?? "")),
            _ => [],
        };
        var unmatched = fields.Where(f => f.Length > 0).SelectMany(f => UnmatchedPhrases(StripListLabels(f), source, cells)).ToList();
        Assert.True(unmatched.Count == 0, $"{url}: not in the source: {string.Join(" | ", unmatched)}");
    }

    // Outcome sub-points are written as a Markdown list ("- D1: …"); the bullet is ours, the label is the source's.
    private static string StripListLabels(string markdown) => Regex.Replace(markdown, @"(?m)^\s*-\s+", "");

    [Fact]
    public void Fidelity_check_finds_an_invented_phrase_and_a_changed_word()
    {
        var priority = Publication.Index.ActionLinesById["C11"].Priorities[0];
        var source = SourceOf(priority.SourceId);
        var cells = CellPiecesOf(priority.SourceId);
        Assert.Empty(UnmatchedPhrases(priority.Text, source, cells));
        Assert.NotEmpty(UnmatchedPhrases(priority.Text + " and build a bridge to the moon", source, cells));
        Assert.NotEmpty(UnmatchedPhrases(priority.Text.Replace("infrastructure", "superstructure"), source, cells));
    }

    [Fact]
    public void C11_has_every_numbered_priority_of_the_source_in_order()
    {
        var source = Publication.Index.SourcesById["wsis10-vision-c11"].Text;
        var numbers = Regex.Matches(source, @"(?m)^- (\d+)\. ").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(30, numbers.Count);
        Assert.Equal(numbers, Publication.Index.ActionLinesById["C11"].Priorities.Select(p => p.Number));
    }

    // Rows per action line and group as the source has them. C2 and C5 are checked against the source's labels
    // below; C6's labels are garbled in the extraction, so its counts come from reading the table (docs/transcription-c6.md).
    [Theory]
    [InlineData("C2", RoadmapGroup.Geneva, 12)]
    [InlineData("C2", RoadmapGroup.Wsis10, 4)]
    [InlineData("C5", RoadmapGroup.Geneva, 15)]
    [InlineData("C5", RoadmapGroup.Wsis10, 6)]
    [InlineData("C6", RoadmapGroup.Geneva, 17)]
    [InlineData("C6", RoadmapGroup.Wsis10, 6)]
    public void Roadmap_has_every_row_of_the_source(string actionLine, RoadmapGroup group, int rows) =>
        Assert.Equal(rows, Publication.Index.ActionLinesById[actionLine].Roadmap.Count(r => r.Group == group));

    [Theory]
    [InlineData("C2", "WSIS Action Line C2:", "Roadmap for WSIS Action Line C5")]
    [InlineData("C5", "Roadmap for WSIS Action Line C5", "Roadmap for WSIS Action Line C6")]
    public void Roadmap_labels_match_the_labels_of_the_source(string actionLine, string from, string to)
    {
        var text = Publication.Index.SourcesById["itu-roadmaps"].Text;
        var heading = text.IndexOf(from, StringComparison.Ordinal);
        var section = text[text.IndexOf('\n', heading)..text.IndexOf(to, StringComparison.Ordinal)];
        var groupStart = section.IndexOf("\nWSIS+10 Outcome Doc", StringComparison.Ordinal);
        var expected = new[] { (RoadmapGroup.Geneva, section[..groupStart]), (RoadmapGroup.Wsis10, section[groupStart..]) }
            .SelectMany(g => Regex.Matches(g.Item2, @"(?m)^([A-Z]\d?):|(?:^|\n| )([a-z])\. (?=[A-Z])")
                .Select(m => (g.Item1, Label: m.Groups.Cast<Group>().Skip(1).First(x => x.Success).Value)))
            .Distinct()
            .ToList();
        var actual = Publication.Index.ActionLinesById[actionLine].Roadmap.Select(r => (r.Group, r.Label)).ToList();
        Assert.Equal(expected, actual);
    }
}
