using Wsis.Caching;
using Wsis.Diagnostics;
using Wsis.Model;
using Wsis.Render.Views;

namespace Wsis.Render;

/// <summary>Builds the view objects templates receive; each item's Markdown is rendered once, here.</summary>
public sealed class ViewFactory
{
    private readonly Publication _publication;
    /// <summary>By the model's own item records, which nothing changes after the model is built.</summary>
    private readonly IReadOnlyDictionary<IItem, ItemView> _items;
    private readonly IReadOnlyDictionary<int, Goal> _goals;
    // Each goal's text colour worked out once, not for every badge of every item.
    private readonly IReadOnlyDictionary<int, string> _textColours;
    private readonly IReadOnlyDictionary<string, StakeholderGroup> _stakeholders;
    private readonly MarkdownRenderer _markdown;
    private readonly DiagnosticBag _diagnostics;
    /// <summary>Openings several items of one action line share ("Governments … should … by:"), which cannot tell them apart.</summary>
    private readonly HashSet<(string ActionLineId, string? LeadIn)> _sharedLeadIns;
    /// <summary>Each item's own text as plain text.</summary>
    private readonly IReadOnlyDictionary<IItem, string> _texts;

    private readonly ItemViewCache? _reuse;
    private readonly Memo<string, TrustedHtml>? _qrCodes;

    /// <param name="reuse">Item views of earlier builds (serve): an unchanged item keeps its view instance.</param>
    /// <param name="qrCodes">QR codes of earlier builds (serve), by their address.</param>
    public ViewFactory(Publication publication, MarkdownRenderer markdown, DiagnosticBag diagnostics, ItemViewCache? reuse = null, Memo<string, TrustedHtml>? qrCodes = null)
    {
        _publication = publication;
        _reuse = reuse;
        _qrCodes = qrCodes;
        _markdown = markdown;
        _diagnostics = diagnostics;
        _goals = publication.Goals.ToDictionary(g => g.Number);
        _textColours = publication.Goals.ToDictionary(g => g.Number, g => Contrast.TextColourFor(g.Colour));
        _stakeholders = publication.Stakeholders.ToDictionary(s => s.Slug, StringComparer.Ordinal);
        var items = publication.ActionLines.SelectMany(a => a.Items).ToList();
        // Each item's text is needed for the lead-ins, its title and its summary: made once.
        _texts = InParallelIfMany(items, i => markdown.Plain(ItemMarkdown(i)));
        _sharedLeadIns = items
            .Select(i => (i.ActionLineId, LeadIn: LeadIn(_texts[i])))
            .Where(i => i.LeadIn is not null)
            .GroupBy(i => i)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet();
        if (reuse is null)
            _items = InParallelIfMany(items, item => CreateItem(item, markdown, diagnostics));
        else
        {
            var catalogs = CatalogsShown(publication);
            _items = InParallelIfMany(items, item => reuse.Reuse(item, InputsOf(item, catalogs), own => CreateItem(item, markdown, own), diagnostics));
        }
    }

    // Starting PLINQ costs more than a few hundred items of a rebuild, each a lookup in serve's caches (2.8 against
    // 0.2 ms for the real content's 90 texts); a large site's first build is worth both cores.
    private const int ParallelFrom = 500;

    private static IReadOnlyDictionary<IItem, T> InParallelIfMany<T>(IReadOnlyList<IItem> items, Func<IItem, T> make) =>
        items.Count < ParallelFrom
            ? items.ToDictionary(i => i, make, (IEqualityComparer<IItem>)ReferenceEqualityComparer.Instance)
            : items.AsParallel().Select(i => (Item: i, Made: make(i))).ToDictionary(i => i.Item, i => i.Made, (IEqualityComparer<IItem>)ReferenceEqualityComparer.Instance);

    /// <summary>
    /// What an item's view shows besides the item record itself (<see cref="CreateItem"/>): its action line's title, its
    /// source's, the goals' and stakeholder groups' names and colours, the wordings it borrows for its targets, whether
    /// its lead-in is shared. The same item record with the same inputs makes the same view, so serve keeps it
    /// (<see cref="ItemViewCache"/>) without making it again.
    /// </summary>
    private sealed record ItemInputs(string ActionLine, string? Source, string Catalogs, string Borrowed, bool SharedLeadIn);

    private ItemInputs InputsOf(IItem item, string catalogs)
    {
        var line = _publication.Index.ActionLinesById[item.ActionLineId];
        var borrowed = string.Join('\n', item.Sdgs
            .Where(l => l.Target is not null && l.TargetText is null)
            .Select(l => _publication.Index.TargetWordings.GetValueOrDefault(l.Target!)?[0] is { } w ? $"{l.Target}\t{w.Text}\t{w.Items[0].Title}\t{Urls.Item(w.Items[0])}" : l.Target));
        var leadIn = LeadIn(_texts[item]);
        return new ItemInputs(line.Title, _publication.Index.SourcesById.GetValueOrDefault(item.SourceId)?.Title, catalogs, borrowed,
            leadIn is not null && _sharedLeadIns.Contains((item.ActionLineId, leadIn)));
    }

    private static string CatalogsShown(Publication publication) => string.Join('\n',
        publication.Goals.Select(g => $"{g.Number}\t{g.Name}\t{g.Colour}")
            .Concat(publication.Stakeholders.Select(s => $"{s.Slug}\t{s.Name}")));

    /// <summary>A handout's view of an action line, or the earlier instance when it is the same value (serve), so its output is reused.</summary>
    public HandoutLineView Kept(HandoutLineView fresh) => _reuse?.Reuse(fresh) ?? fresh;

    // A summary that several pages show and name in their titles (through the front matter), the earlier instance when
    // it is the same value (serve): the wording kept for it is found by instance, and pages showing it compare at once.
    private T Kept<T>(string key, T fresh) where T : class => _reuse?.Kept(key, fresh) ?? fresh;

    /// <summary>The QR code of an absolute address, labelled with it.</summary>
    public TrustedHtml QrCode(string absolute) =>
        _qrCodes?.GetOrAdd(absolute, Svg) ?? Svg(absolute);

    private static TrustedHtml Svg(string absolute) => Render.QrCode.Svg(absolute, $"QR code for {absolute}");

    /// <summary>Plain text of Markdown (<see cref="MarkdownRenderer.PlainText"/>), kept across serve's builds.</summary>
    public string PlainText(string markdown) => _markdown.Plain(markdown);

    public TrustedHtml Markdown(string? markdown, SourceLocation at) =>
        string.IsNullOrWhiteSpace(markdown) ? TrustedHtml.Empty : _markdown.Block(markdown, at, _diagnostics);

    public ItemView Item(IItem item) => _items[item];

    public IReadOnlyList<ItemView> Items(IEnumerable<IItem> items) => items.Select(Item).ToList();

    public IReadOnlyList<PriorityView> Priorities(IEnumerable<Priority> priorities) => priorities.Select(p => (PriorityView)_items[p]).ToList();

    public IReadOnlyList<RoadmapRowView> Rows(IEnumerable<RoadmapRow> rows) => rows.Select(r => (RoadmapRowView)_items[r]).ToList();

    public SdgBadgeView Badge(int goalNumber, string? target)
    {
        var goal = _goals[goalNumber];
        var key = target ?? goalNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new SdgBadgeView(key, target is null ? $"SDG {goalNumber}" : $"Target {target}",
            target is null ? Urls.Goal(goalNumber) : Urls.Target(goalNumber, target),
            goal.Name, goal.Colour, _textColours[goalNumber], null, goalNumber) { IsTarget = target is not null };
    }

    /// <summary>An item's own link: its source's wording of the target, else the first wording another source gives, named.</summary>
    private SdgBadgeView Badge(SdgLink link)
    {
        var badge = Badge(link.Goal, link.Target);
        if (link.Target is null || link.TargetText is not null) return badge with { TargetText = link.TargetText };
        var borrowed = _publication.Index.TargetWordings.GetValueOrDefault(link.Target)?[0];
        return borrowed is null ? badge : badge with
        {
            TargetText = borrowed.Text,
            TargetTextFrom = new LinkView(borrowed.Items[0].Title, Urls.Item(borrowed.Items[0])),
        };
    }

    public IReadOnlyList<TargetWordingView> Wordings(string target) =>
        (_publication.Index.TargetWordings.GetValueOrDefault(target) ?? [])
            .Select(w => new TargetWordingView(w.Text, w.Items.Select(i => new LinkView(i.Title, Urls.Item(i))).ToList()))
            .ToList();

    public GoalSummaryView GoalSummary(Goal goal) => Kept($"{goal.Number}", new GoalSummaryView(goal.Number, goal.Name, Urls.Goal(goal.Number), goal.Colour, _textColours[goal.Number],
            _publication.Index.ItemsByGoal.GetValueOrDefault(goal.Number)?.Count ?? 0));

    public StakeholderSummaryView StakeholderSummary(StakeholderGroup group) => Kept(group.Slug, new StakeholderSummaryView(group.Slug, group.Name, group.Description, Urls.Stakeholder(group.Slug),
            _publication.Index.ItemsByStakeholder.GetValueOrDefault(group.Slug)?.Count ?? 0));

    public ActionLineSummaryView ActionLineSummary(ActionLine line) => Kept(line.Id, new ActionLineSummaryView(line.Id, line.Title, Urls.ActionLine(line.Id), FacilitatorText(line.Facilitators), line.Status.Slug(), line.Status.Label(),
            line.Priorities.Count, line.Roadmap.Count, line.HasText, ItemCounts(line), FacilitatorsProvenance(line)));

    /// <summary>"30 priorities", "15 roadmap rows, 6 …": what the line holds, in words, with no zeros.</summary>
    public static string ItemCounts(ActionLine line) =>
        string.Join(", ", new[] { Count(line.Priorities.Count, "priority", "priorities"), Count(line.Roadmap.Count, "roadmap row", "roadmap rows") }.Where(c => c.Length > 0));

    private static string Count(int n, string one, string many) => n switch { 0 => "", 1 => $"1 {one}", _ => $"{n} {many}" };

    public SourceView? Source(string? id) =>
        id is not null && _publication.Index.SourcesById.TryGetValue(id, out var source)
            ? Kept(source.Id, new SourceView(source.Id, source.Title, Urls.Source(source.Id), source.Publisher, source.Date, source.Status, source.Note, source.Disclaimer, source.File))
            : null;

    public IReadOnlyList<ItemGroupView> GroupByActionLine(IEnumerable<IItem> items) =>
        items.GroupBy(i => i.ActionLineId)
            .Select(g => (Line: _publication.Index.ActionLinesById[g.Key], Items: g.ToList()))
            .OrderBy(g => g.Line.Number)
            .Select(g => new ItemGroupView(new LinkView($"{g.Line.Id} {g.Line.Title}", Urls.ActionLine(g.Line.Id)), g.Line.Slug, g.Items.Count, Items(g.Items)))
            .ToList();

    /// <summary>Where the facilitators are from, said so that a fact from outside this publication's sources is never taken for one of theirs.</summary>
    public string? FacilitatorsProvenance(ActionLine line) => line.FacilitatorsSource switch
    {
        // The line's own source is named beside it already.
        null => null,
        var id when id == line.SourceId => null,
        var id when _publication.Index.SourcesById.TryGetValue(id, out var source) => $"source: {source.Title}",
        var elsewhere => $"not in the source documents of this publication; from {elsewhere}",
    };

    public static string FacilitatorText(IReadOnlyList<Facilitator> facilitators) =>
        facilitators.Count == 0 ? "" : string.Join("; ", facilitators.Select(f => f.Role is null ? f.Name : $"{f.Name} ({f.Role})"));

    private ItemView CreateItem(IItem item, MarkdownRenderer markdown, DiagnosticBag diagnostics)
    {
        IReadOnlyList<TrustedHtml> Inline(IReadOnlyList<string> entries) => entries.Select(e => markdown.Inline(e, item.Location, diagnostics)).ToList();
        ItemView kind = item switch
        {
            Priority p => new PriorityView
            {
                ShortTitle = $"Priority {p.Number}",
                Label = p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                TextHtml = markdown.Inline(p.Text, p.Location, diagnostics),
                KeyPhrase = p.KeyPhrase,
            },
            RoadmapRow r => new RoadmapRowView
            {
                ShortTitle = $"Row {r.Label}",
                Label = r.Label,
                TextHtml = markdown.Block(r.Outcome, r.Location, diagnostics),
                Group = r.Group,
                Timing = r.Timing,
                ItuGoals = r.ItuGoals,
                ResultColumns = ResultColumns(r, Inline(r.ExpectedResults), Inline(r.ItuActivities)),
                EditorialSplit = r.EditorialSplit,
            },
            _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "Unknown item kind"),
        };
        var line = _publication.Index.ActionLinesById[item.ActionLineId];
        var source = _publication.Index.SourcesById.GetValueOrDefault(item.SourceId);
        var text = _texts[item];
        return kind with
        {
            Anchor = item.Anchor,
            Url = Urls.Item(item),
            AnchorUrl = Urls.ItemOnActionLine(item),
            Title = ReadableTitle(kind.ShortTitle, item),
            Summary = item is RoadmapRow ? Shorten(text, 200) : text,
            Note = item.Note,
            NotesUrl = item.Note is null ? null : Urls.SourceNotes(item.SourceId),
            Sdgs = item.Sdgs.Select(Badge).ToList(),
            Stakeholders = item.Stakeholders.Slugs.Select(s => new LinkView(_stakeholders[s].Name, Urls.Stakeholder(s))).ToList(),
            AllStakeholders = item.Stakeholders.All,
            ActionLineId = item.ActionLineId,
            ActionLine = new LinkView($"{line.Id} {line.Title}", Urls.ActionLine(line.Id)),
            Source = new LinkView(source?.Title ?? item.SourceId, Urls.Source(item.SourceId)),
            SdgKeys = string.Join(' ', item.Sdgs.Select(l => l.Goal.ToString(System.Globalization.CultureInfo.InvariantCulture)).Concat(item.Sdgs.Where(l => l.Target is not null).Select(l => l.Target!)).Distinct()),
            StakeholderKeys = item.Stakeholders.All ? "all" : string.Join(' ', item.Stakeholders.Slugs),
            KindLabel = KindLabel(item),
            SearchFilters = SearchFilters(item),
        };
    }

    private static IReadOnlyList<ResultPartView> ResultColumns(RoadmapRow row, IReadOnlyList<TrustedHtml> results, IReadOnlyList<TrustedHtml> activities)
    {
        var parts = new[] { new ResultPartView("Expected results", results), new ResultPartView("ITU activities", activities) };
        return row.ActivitiesFirst ? parts.Reverse().ToList() : parts;
    }

    public static string KindLabel(IItem item) => item is Priority ? "Priority" : "Roadmap row";

    public static string KindPlural(string kindLabel) => kindLabel == "Priority" ? "Priorities" : kindLabel + "s";

    /// <summary>The values the search page filters on; SearchFilter names the keys so templates and the search page agree.</summary>
    private IReadOnlyList<string> SearchFilters(IItem item) =>
        new[] { $"{SearchFilter.ActionLine}:{item.ActionLineId}", $"{SearchFilter.Kind}:{KindLabel(item)}" }
            .Concat(item.Sdgs.Select(l => l.Goal).Distinct().Order().Select(g => $"{SearchFilter.Sdg}:{SearchFilter.GoalValue(g)}"))
            .Concat(item.Stakeholders.All
                ? [$"{SearchFilter.Stakeholder}:{SearchFilter.AllStakeholders}"]
                : item.Stakeholders.Slugs.Select(s => $"{SearchFilter.Stakeholder}:{_stakeholders[s].Name}"))
            .ToList();

    /// <summary>
    /// An item named by its label and the opening of its own text, so a list of items reads as text, not as IDs; after
    /// the lead-in when siblings share it, so each title still names its own item.
    /// </summary>
    private string ReadableTitle(string label, IItem item)
    {
        var text = _texts[item];
        var leadIn = LeadIn(text);
        var opening = leadIn is not null && _sharedLeadIns.Contains((item.ActionLineId, leadIn)) ? "… " + text[leadIn.Length..].TrimStart() : text;
        return $"{label}: {Shorten(opening, TitleLength)}";
    }

    /// <summary>The item's own text: a priority's, a row's WSIS outcome.</summary>
    private static string ItemMarkdown(IItem item) => item switch
    {
        Priority p => p.Text,
        RoadmapRow r => r.Outcome,
        _ => "",
    };

    /// <summary>The text up to its first colon, such as "… respond to cyber-crime and misuse of ICTs by:".</summary>
    private static string? LeadIn(string text) => text.IndexOf(": ", StringComparison.Ordinal) is var at and > 0 ? text[..(at + 1)] : null;

    /// <summary>Long enough for five words or more of every item's text, short enough for one line of a list.</summary>
    public const int TitleLength = 85;

    /// <summary>The text on one line, cut at a word boundary with an ellipsis when longer than max.</summary>
    public static string Shorten(string text, int max)
    {
        // The words joined by single spaces, but only as far as the cut looks: a page's description is cut from its whole text.
        var single = new System.Text.StringBuilder(Math.Min(text.Length, max + 1));
        for (var i = 0; i < text.Length && single.Length <= max;)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (i == start) break;
            if (single.Length > 0) single.Append(' ');
            single.Append(text, start, i - start);
        }
        if (single.Length <= max) return single.ToString();
        var line = single.ToString();
        var cut = line.LastIndexOf(' ', max);
        return line[..(cut > 0 ? cut : max)].TrimEnd(',', ';', ':', '.', '-', '–', '(') + "…";
    }
}
