using System.Text.RegularExpressions;
using Wsis.Model;

namespace Wsis.Tests;

/// <summary>
/// What a test can check of docs/stakeholder-tagging.md: a tag needs a name its table lists (rule 1); a roadmap
/// row is `all` only when its outcome addresses stakeholders, and a C11 priority naming no group is `all` (rule 2).
/// Whether a named group is addressed or only benefits (rule 3) is a reading no test makes.
/// </summary>
public sealed partial class StakeholderTaggingTests
{
    private static readonly Publication Publication = RealSite.Shared.Publication;

    [GeneratedRegex(@"^\s*\|\s*(?<names>[^|`]+?)\s*\|\s*`(?<slug>[a-z-]+)`\s*\|\s*$", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"\bITU\b")] private static partial Regex Itu();

    /// <summary>The names the rule's table lists for each group, read from the document so that rule and test cannot drift apart.</summary>
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<Regex>> NamesBySlug =
        TableRow().Matches(File.ReadAllText(Path.Combine(Repo.Root, "docs", "stakeholder-tagging.md")))
            .ToDictionary(m => m.Groups["slug"].Value,
                m => (IReadOnlyList<Regex>)m.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(NamePattern).ToList(),
                StringComparer.Ordinal);

    private static string Fold(string text) => Regex.Replace(text.ToLowerInvariant().Replace("organis", "organiz", StringComparison.Ordinal), @"\s+", " ");

    // Singular or plural ("countries" finds "country"), whole words, and not inside a compound such as "e-government".
    private static Regex NamePattern(string name)
    {
        var words = Fold(name).Split(' ');
        var last = words[^1];
        var stem = last.EndsWith("ies", StringComparison.Ordinal) ? Regex.Escape(last[..^3]) + "(?:y|ies)"
            : last.EndsWith("ss", StringComparison.Ordinal) ? Regex.Escape(last) + "(?:es)?"
            : last.EndsWith('s') ? Regex.Escape(last[..^1]) + "s?"
            : Regex.Escape(last) + "s?";
        return new Regex(@"(?<![\w-])" + string.Join(' ', words[..^1].Select(Regex.Escape).Append(stem)) + @"(?!\w)");
    }

    private static string TextOf(IItem item) => Fold(item switch
    {
        Priority p => p.Text,
        RoadmapRow r => string.Join(' ', new[] { r.Outcome }.Concat(r.ExpectedResults).Concat(r.ItuActivities)),
        _ => "",
    });

    private static bool Names(IItem item, string slug) => slug == "itu"
        ? item is RoadmapRow { ItuActivities.Count: > 0 } || Itu().IsMatch(item is Priority p ? p.Text : item is RoadmapRow r ? r.Outcome + " " + string.Join(' ', r.ExpectedResults) : "")
        : NamesBySlug[slug].Any(pattern => pattern.IsMatch(TextOf(item)));

    public static TheoryData<string> Items() => new(Publication.ActionLines.SelectMany(a => a.Items).Select(Wsis.Render.Urls.Item));

    private static IItem Item(string url) => Publication.ActionLines.SelectMany(a => a.Items).Single(i => Wsis.Render.Urls.Item(i) == url);

    [Fact]
    public void The_rules_table_has_a_row_for_every_stakeholder_group()
    {
        Assert.Equal(Publication.Stakeholders.Select(s => s.Slug).Order(StringComparer.Ordinal), NamesBySlug.Keys.Order(StringComparer.Ordinal));
        Assert.All(NamesBySlug.Values, names => Assert.NotEmpty(names));
    }

    [Theory]
    [InlineData("governments", "Governments should take action", true)]
    [InlineData("governments", "assistance to the country", true)]
    [InlineData("governments", "with focus on e-government indicators worldwide", false)]
    [InlineData("international-organizations", "other regional organisations", true)]
    [InlineData("private-sector", "the businesses", true)]
    [InlineData("academia", "universal access", false)]
    public void A_listed_name_is_found_in_singular_or_plural_and_not_inside_another_word(string slug, string text, bool found) =>
        Assert.Equal(found, NamesBySlug[slug].Any(p => p.IsMatch(Fold(text))));

    [Theory]
    [MemberData(nameof(Items))]
    public void Every_tag_is_backed_by_a_name_the_rule_lists(string url)
    {
        var item = Item(url);
        var unbacked = item.Stakeholders.Slugs.Where(slug => !Names(item, slug)).ToList();
        Assert.True(unbacked.Count == 0, $"{url} is tagged {string.Join(", ", unbacked)}, but its text names none of the group's names in docs/stakeholder-tagging.md");
    }

    [Fact]
    public void A_roadmap_row_tagged_all_addresses_stakeholders_in_its_outcome()
    {
        var rows = Publication.ActionLines.SelectMany(a => a.Roadmap).Where(r => r.Stakeholders.All).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Matches(@"(?i)\bstakeholders\b", r.Outcome));
    }

    [Fact]
    public void A_c11_priority_that_names_no_group_is_tagged_all()
    {
        var unnamed = Publication.ActionLines.SelectMany(a => a.Priorities)
            .Where(p => !NamesBySlug.Keys.Any(slug => Names(p, slug)))
            .ToList();
        Assert.NotEmpty(unnamed);
        Assert.All(unnamed, p => Assert.True(p.Stakeholders.All, $"Priority {p.Number} names no group but is tagged {string.Join(", ", p.Stakeholders.Slugs)}"));
    }
}
