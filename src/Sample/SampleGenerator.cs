using System.Text;

namespace Wsis.Sample;

/// <summary>
/// Makes a synthetic publication of N items for benchmarks and tests: spread over the 11 action lines,
/// alternately priorities and roadmap rows, each with 1–4 SDG links, 1–3 stakeholder groups and a body
/// of 150–200 words. The same N always gives the same publication.
/// </summary>
public static class SampleGenerator
{
    public const int ActionLines = 11;
    public const int MaxItems = 40_000;

    private static readonly string[] Words =
    [
        "access", "affordable", "broadband", "capacity", "cooperation", "connectivity", "content", "data", "development",
        "digital", "diversity", "education", "enabling", "environment", "equitable", "framework", "governance", "health",
        "inclusion", "infrastructure", "innovation", "investment", "knowledge", "local", "markets", "measurement", "mobile",
        "multistakeholder", "national", "networks", "open", "participation", "policy", "public", "regional", "regulation",
        "research", "resilient", "rural", "security", "services", "skills", "society", "standards", "strategies", "sustainable",
        "technology", "training", "transparent", "trust", "universal", "women", "youth", "communities", "institutions",
        "partnerships", "resources", "applications", "information", "communication", "progress", "indicators", "support",
        "strengthen", "promote", "encourage", "develop", "ensure", "improve", "foster", "build", "share", "expand", "reduce",
        "protect", "the", "of", "and", "for", "in", "with", "to", "across", "through", "among", "all", "every", "new",
    ];

    private static readonly SampleGoal[] AllGoals =
    [
        Goal(1, "No poverty", "#E5243B", "1 2 3 4 5 a b"),
        Goal(2, "Zero hunger", "#DDA63A", "1 2 3 4 5 a b c"),
        Goal(3, "Good health and well-being", "#4C9F38", "1 2 3 4 5 6 7 8 9 a b c d"),
        Goal(4, "Quality education", "#C5192D", "1 2 3 4 5 6 7 a b c"),
        Goal(5, "Gender equality", "#FF3A21", "1 2 3 4 5 6 a b c"),
        Goal(6, "Clean water and sanitation", "#26BDE2", "1 2 3 4 5 6 a b"),
        Goal(7, "Affordable and clean energy", "#FCC30B", "1 2 3 a b"),
        Goal(8, "Decent work and economic growth", "#A21942", "1 2 3 4 5 6 7 8 9 10 a b"),
        Goal(9, "Industry, innovation and infrastructure", "#FD6925", "1 2 3 4 5 a b c"),
        Goal(10, "Reduced inequalities", "#DD1367", "1 2 3 4 5 6 7 a b c"),
        Goal(11, "Sustainable cities and communities", "#FD9D24", "1 2 3 4 5 6 7 a b c"),
        Goal(12, "Responsible consumption and production", "#BF8B2E", "1 2 3 4 5 6 7 8 a b c"),
        Goal(13, "Climate action", "#3F7E44", "1 2 3 a b"),
        Goal(14, "Life below water", "#0A97D9", "1 2 3 4 5 6 7 a b c"),
        Goal(15, "Life on land", "#56C02B", "1 2 3 4 5 6 7 8 9 a b c"),
        Goal(16, "Peace, justice and strong institutions", "#00689D", "1 2 3 4 5 6 7 8 9 10 a b"),
        Goal(17, "Partnerships for the goals", "#19486A", "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19"),
    ];

    private static readonly SampleStakeholder[] AllStakeholders =
    [
        new("governments", "Governments", "National governments and public authorities."),
        new("private-sector", "Private sector", "Businesses and industry."),
        new("civil-society", "Civil society", "Non-governmental and non-profit organizations."),
        new("international-organizations", "International organizations", "Intergovernmental and regional organizations."),
        new("technical-community", "Technical community", "Those who develop and run the networks and their standards."),
        new("academia", "Academia", "Universities and research institutions."),
        new("itu", "ITU", "The International Telecommunication Union."),
    ];

    public static SamplePublication Generate(int itemCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(itemCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(itemCount, MaxItems);
        var random = new SampleRandom((ulong)itemCount);
        var shells = Enumerable.Range(0, itemCount).Select(k => Shell(k, random)).ToList();
        var items = shells.Select((item, k) =>
        {
            var other = shells[(int)((k * 7919L + 13) % itemCount)];
            if (ReferenceEquals(other, item)) other = shells[(k + 1) % itemCount];
            return item with { Body = item.IsPriority ? PriorityText(item, other, random) : RowOutcome(item, other, random) };
        }).ToList();
        return new SamplePublication(items, AllGoals, AllStakeholders);
    }

    // Item k goes to action line k mod 11; within a line, items alternate between priorities and rows,
    // and rows alternate between the two roadmap groups.
    private static SampleItem Shell(int k, SampleRandom random)
    {
        var line = k % ActionLines + 1;
        var place = k / ActionLines;
        var isPriority = place % 2 == 0;
        var row = place / 2;
        return new SampleItem
        {
            ActionLine = line,
            IsPriority = isPriority,
            Number = isPriority ? place / 2 + 1 : row / 2 + 1,
            Group = isPriority ? null : row % 2 == 0 ? "geneva" : "wsis10",
            KeyPhrase = Phrase(random, random.Between(3, 5)),
            Body = "",
            Sdgs = SdgLinks(random),
            Stakeholders = Enumerable.Range(0, random.Between(1, 3)).Select(_ => random.Pick(AllStakeholders).Slug).Distinct().ToList(),
            ExpectedResults = isPriority ? [] : Enumerable.Range(0, random.Between(1, 2)).Select(_ => Capitalise(Phrase(random, random.Between(4, 8)))).ToList(),
        };
    }

    private static List<string> SdgLinks(SampleRandom random)
    {
        var links = new List<string>();
        for (var i = random.Between(1, 4); i > 0; i--)
        {
            var goal = random.Pick(AllGoals);
            var key = random.Between(0, 1) == 0 ? goal.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) : random.Pick(goal.Targets);
            if (!links.Contains(key)) links.Add(key);
        }
        return links;
    }

    private static string PriorityText(SampleItem item, SampleItem other, SampleRandom random)
    {
        var text = new StringBuilder();
        var words = 1 + CountWords(item.KeyPhrase);
        text.Append("Promote **").Append(item.KeyPhrase).Append("** ");
        words += AppendSentence(text, random, random.Between(10, 16), emphasis: true, capitalise: false);
        text.Append(" See also [").Append(other.Title.Replace("[", "", StringComparison.Ordinal)).Append("](").Append(other.Url).Append(").");
        words += 2 + CountWords(other.Title);
        var target = random.Between(150, 200);
        while (words < target)
        {
            text.Append(' ');
            words += AppendSentence(text, random, Math.Min(random.Between(8, 18), target - words), emphasis: false);
        }
        return text.ToString();
    }

    private static string RowOutcome(SampleItem item, SampleItem other, SampleRandom random)
    {
        var text = new StringBuilder();
        var words = AppendSentence(text, random, random.Between(12, 20), emphasis: true);
        text.Append(" It builds on [").Append(other.Title).Append("](").Append(other.Url).Append(").\n\n");
        words += 3 + CountWords(other.Title);
        for (var i = 0; i < 3; i++)
        {
            text.Append("- ");
            words += AppendSentence(text, random, random.Between(5, 9), emphasis: false);
            text.Append('\n');
        }
        text.Append("\n| Measure | Baseline | Target |\n| --- | --- | --- |\n");
        words += 3;
        for (var i = 0; i < 2; i++)
        {
            var measure = Capitalise(Phrase(random, 3));
            text.Append("| ").Append(measure).Append(" | ").Append(random.Between(5, 60)).Append("% | ").Append(random.Between(61, 100)).Append("% |\n");
            words += 5;
        }
        text.Append('\n');
        var target = random.Between(150, 200);
        while (words < target)
        {
            words += AppendSentence(text, random, Math.Min(random.Between(8, 18), target - words), emphasis: false);
            text.Append(' ');
        }
        return text.ToString().TrimEnd() + "\n";
    }

    /// <summary>Appends a sentence of the given number of words, one of them in italics if asked; returns the number of words.</summary>
    private static int AppendSentence(StringBuilder text, SampleRandom random, int count, bool emphasis, bool capitalise = true)
    {
        var emphasised = emphasis && count > 1 ? random.Between(1, count - 1) : -1;
        for (var i = 0; i < count; i++)
        {
            if (i > 0) text.Append(' ');
            var word = random.Pick(Words);
            if (i == 0 && capitalise) word = Capitalise(word);
            text.Append(i == emphasised ? $"*{word}*" : word);
        }
        text.Append('.');
        return count;
    }

    private static string Phrase(SampleRandom random, int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => random.Pick(Words)));

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static int CountWords(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static SampleGoal Goal(int number, string name, string colour, string targets) =>
        new(number, name, colour, targets.Split(' ').Select(t => $"{number}.{t}").ToList());
}
