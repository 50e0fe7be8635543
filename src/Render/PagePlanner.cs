using System.Globalization;
using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Model;
using Wsis.Render.Views;

namespace Wsis.Render;

/// <summary>The site map in one place: every page the site has, in a fixed order.</summary>
public sealed class PagePlanner(Publication publication, ViewFactory views, RenderOptions? options = null, SourceDates? dates = null, IReadOnlyList<DataFile>? data = null)
{
    private readonly EditLinks _editLinks = new(publication.Site, dates ?? SourceDates.None);

    /// <summary>Source texts longer than this are split over several pages, to keep each under the page-weight budget.</summary>
    public const int SourcePartLength = 28_000;

    private readonly PublicationIndex _index = publication.Index;
    private readonly RenderOptions _options = options ?? new RenderOptions(publication.Site.BaseUrl ?? "http://localhost:8080");
    private readonly IReadOnlyList<DataFile> _data = data ?? [];

    public IReadOnlyList<PlannedPage> Plan()
    {
        var pages = new List<PlannedPage> { Home(), ActionLineIndex() };
        for (var i = 0; i < publication.ActionLines.Count; i++)
        {
            var line = publication.ActionLines[i];
            pages.Add(ActionLinePage(line, i > 0 ? publication.ActionLines[i - 1] : null, i + 1 < publication.ActionLines.Count ? publication.ActionLines[i + 1] : null));
            var items = line.Items.ToList();
            for (var j = 0; j < items.Count; j++)
                pages.Add(ItemPage(line, items[j], j > 0 ? items[j - 1] : null, j + 1 < items.Count ? items[j + 1] : null));
        }
        pages.Add(GoalIndex());
        pages.Add(GoalMatrix());
        pages.AddRange(publication.Goals.Select(GoalPage));
        pages.Add(StakeholderIndex());
        pages.Add(StakeholderMatrix());
        pages.AddRange(publication.Stakeholders.Select(StakeholderPage));
        pages.Add(AllStakeholdersPage());
        pages.Add(Background());
        pages.AddRange(publication.Sources.SelectMany(SourcePages));
        pages.AddRange(publication.Sources.Select(SourceNotes).OfType<PlannedPage>());
        pages.AddRange(publication.Pages.Select(FreePage));
        pages.AddRange(new HandoutPlanner(publication, views, options ?? new RenderOptions(publication.Site.BaseUrl ?? ""), _editLinks).Plan());
        pages.Add(Search());
        pages.Add(OpenData());
        pages.Add(NotFound());
        return pages;
    }

    /// <summary>source: the file in the repository the page's text comes from, for "Edit this page" and its date.</summary>
    private PageMeta Meta(string title, string description, string url, string section, IEnumerable<LinkView> trail, string source) => _editLinks.For(new()
    {
        Title = title,
        Description = ViewFactory.Shorten(description, 300),
        Url = url,
        Section = section,
        Breadcrumbs = [new LinkView("Home", Urls.Home), .. trail],
    }, source);

    private static string Content(string path) => "content/" + path;

    private static string Template(string name) => TemplateSet.TemplatesFolder + name;

    private static SourceLocation At(string? file) => SourceLocation.File(file is null ? "templates/" : file);

    private PlannedPage Home()
    {
        var meta = Meta(publication.Site.Title, publication.Site.Description, Urls.Home, "home", [], Content("site.yml")) with { Breadcrumbs = [] };
        var items = publication.ActionLines.SelectMany(a => a.Items).ToList();
        var linked = items.Count(i => i.Sdgs.Count > 0);
        var unlinked = publication.ActionLines.Where(a => a.Items.Any() && a.Items.All(i => i.Sdgs.Count == 0)).Select(a => $"the {ViewFactory.ItemCounts(a)} of {a.Id}").ToList();
        var sdgNote = $"{linked} of the {items.Count} items cite a Sustainable Development Goal or one of its targets"
            + (unlinked.Count == 0 ? "." : $"; {string.Join(" and ", unlinked)} cite none in their source.");
        var pending = publication.ActionLines.Where(a => !a.HasText).Select(a => a.Id).ToList();
        return new(Urls.Home, "home.html",
            new HomeView(meta, publication.Site.Description, publication.ActionLines.Select(views.ActionLineSummary).ToList(),
                publication.Goals.Select(views.GoalSummary).ToList(), publication.Stakeholders.Select(views.StakeholderSummary).ToList(),
                items.Count, publication.Sources.Select(s => (Holding: Holding(s), Order: HoldingOrder(s))).Where(h => h.Holding is not null).OrderBy(h => h.Order).Select(h => h.Holding!).ToList(), string.Join(", ", pending), sdgNote),
            meta, At("site.yml"));
    }

    /// <summary>Sources of items first, by their first action line; then context; then background pages.</summary>
    private (int, int, string) HoldingOrder(SourceDocument source)
    {
        var items = publication.ActionLines.Where(a => a.Items.Any(i => i.SourceId == source.Id)).Select(a => a.Number).DefaultIfEmpty(int.MaxValue).Min();
        var context = publication.ActionLines.Where(a => a.Context?.SourceId == source.Id).Select(a => a.Number).DefaultIfEmpty(int.MaxValue).Min();
        return (items != int.MaxValue ? 0 : context != int.MaxValue ? 1 : 2, Math.Min(items, context), source.Id);
    }

    /// <summary>What the publication takes from a source, counted from the content; null for a source nothing uses.</summary>
    private HoldingView? Holding(SourceDocument source)
    {
        var items = publication.ActionLines.SelectMany(a => a.Items).Where(i => i.SourceId == source.Id).ToList();
        var context = publication.ActionLines.Where(a => a.Context?.SourceId == source.Id).Select(a => a.Id).ToList();
        var pages = publication.Pages.Where(p => p.SourceId == source.Id).ToList();
        var lines = items.Select(i => i.ActionLineId).Concat(context).Distinct().Select(id => _index.ActionLinesById[id]).OrderBy(a => a.Number).Select(a => a.Id).ToList();
        var what = new List<string>();
        var priorities = items.Count(i => i is Priority);
        var rows = items.Count - priorities;
        if (priorities > 0) what.Add($"{priorities} priorit{(priorities == 1 ? "y" : "ies")}");
        if (rows > 0) what.Add($"{rows} roadmap row{(rows == 1 ? "" : "s")}");
        if (context.Count > 0) what.Add("context and milestones");
        what.AddRange(pages.Select(p => $"the background page “{p.Title}”"));
        return what.Count == 0 ? null : new HoldingView(string.Join(", ", lines), string.Join(", ", what), views.Source(source.Id)!);
    }

    private PlannedPage ActionLineIndex()
    {
        var meta = Meta("Action lines", "The WSIS Action Lines C1 to C11: first those whose texts this publication holds, with their priorities or roadmaps, then those it does not hold yet, with their facilitators.", Urls.ActionLines, "action-lines", [], Template("action-lines.html"));
        return new(Urls.ActionLines, "action-lines.html", new ActionLineIndexView(meta, publication.ActionLines.Select(views.ActionLineSummary).ToList(), FacilitatorNotes()), meta, At(null));
    }

    private IReadOnlyList<string> FacilitatorNotes() =>
        publication.ActionLines
            .Select(line => (line.Id, Provenance: views.FacilitatorsProvenance(line)))
            .Where(l => l.Provenance is not null)
            .GroupBy(l => l.Provenance!, StringComparer.Ordinal)
            .Select(g => $"Facilitators of {string.Join(", ", g.Select(l => l.Id))}: {g.Key}.")
            .ToList();

    private PlannedPage ActionLinePage(ActionLine line, ActionLine? previous, ActionLine? next)
    {
        var url = Urls.ActionLine(line.Id);
        var meta = Meta($"{line.Id}: {line.Title}", $"WSIS Action Line {line.Id}, {line.Title}: " + MarkdownRenderer.PlainText(line.Overview), url, "action-lines",
            [new LinkView("Action lines", Urls.ActionLines)], Content(line.Files[0])) with { Crumb = line.Id };
        var groups = RoadmapGroups.All
            .Select(g => new RoadmapGroupView(g.Slug(), g.Title(), $"roadmap-{g.Slug()}", views.Rows(line.Roadmap.Where(r => r.Group == g))))
            .Where(g => g.Rows.Count > 0)
            .ToList();
        var context = line.Context;
        // The text first: priorities and roadmap, then the overview and the context the slides give.
        var contents = new List<LinkView>();
        if (line.Priorities.Count > 0) contents.Add(new LinkView($"Priorities ({line.Priorities.Count})", "#priorities"));
        contents.AddRange(groups.Select(g => new LinkView($"Roadmap: {g.Title} ({g.Rows.Count})", "#" + g.Anchor)));
        contents.Add(new LinkView("Overview", "#overview"));
        if (context is not null) contents.AddRange(context.Sections.Select(s => new LinkView(s.Title, "#" + s.Slug)));
        if (context?.Milestones.Count > 0) contents.Add(new LinkView(context.MilestonesTitle, "#milestones"));
        var source = views.Source(line.SourceId);
        var view = new ActionLinePageView
        {
            Meta = meta,
            Id = line.Id,
            Title = line.Title,
            Facilitators = ViewFactory.FacilitatorText(line.Facilitators),
            FacilitatorsSource = views.FacilitatorsProvenance(line),
            SubLines = line.SubLines.Select(s => new SubLineView(s.Id, s.Title, ViewFactory.FacilitatorText(s.Facilitators))).ToList(),
            Status = line.Status.Slug(),
            StatusLabel = line.Status.Label(),
            Source = source is null ? null : new LinkView(source.Title, source.Url),
            SourceNote = source?.Note,
            Overview = views.Markdown(line.Overview, SourceLocation.File(line.Files[0])),
            RelatedPages = line.RelatedPages.Select(p => new LinkView(_index.PagesBySlug[p].Title, Urls.Page(p)))
                .Concat(publication.Pages.Where(p => p.ActionLines.Contains(line.Id) && !line.RelatedPages.Contains(p.Slug)).Select(p => new LinkView(p.Title, Urls.Page(p.Slug))))
                .ToList(),
            Priorities = views.Priorities(line.Priorities),
            RoadmapGroups = groups,
            RowCount = line.Roadmap.Count,
            ContextSections = context?.Sections.Select(s => new ContextSectionView(s.Slug, s.Title, s.Points, views.Markdown(s.Notes, SourceLocation.File(line.Files[^1])))).ToList() ?? [],
            MilestonesTitle = context?.MilestonesTitle,
            Milestones = context?.Milestones.Select(m => new MilestoneView(m.Period, m.Title, m.Points, views.Markdown(m.Notes, SourceLocation.File(line.Files[^1])))).ToList() ?? [],
            ContextSource = views.Source(context?.SourceId) is { } cs ? new LinkView(cs.Title, cs.Url) : null,
            Contents = contents,
            Previous = previous is null ? null : new LinkView($"{previous.Id} {previous.Title}", Urls.ActionLine(previous.Id)),
            Next = next is null ? null : new LinkView($"{next.Id} {next.Title}", Urls.ActionLine(next.Id)),
            SdgFilter = publication.Goals
                .Select(g => new FilterOptionView(g.Number.ToString(CultureInfo.InvariantCulture), $"SDG {g.Number}: {g.Name}", line.Items.Count(i => i.Sdgs.Any(l => l.Goal == g.Number))))
                .Where(o => o.Count > 0)
                .ToList(),
            StakeholderFilter = publication.Stakeholders
                .Select(s => new FilterOptionView(s.Slug, s.Name, line.Items.Count(i => i.Stakeholders.Slugs.Contains(s.Slug))))
                .Append(new FilterOptionView("all", SearchFilter.AllStakeholders, line.Items.Count(i => i.Stakeholders.All)))
                .Where(o => o.Count > 0)
                .ToList(),
            ItemCount = line.Priorities.Count + line.Roadmap.Count,
            HasText = line.HasText,
        };
        return new(url, "action-line.html", view, meta, SourceLocation.File(line.Files[0]));
    }

    private PlannedPage ItemPage(ActionLine line, IItem item, IItem? previous, IItem? next)
    {
        var view = views.Item(item);
        var meta = Meta($"{line.Id} {view.Title}", view.Summary, view.Url, "action-lines",
            [new LinkView("Action lines", Urls.ActionLines), new LinkView($"{line.Id} {line.Title}", Urls.ActionLine(line.Id))],
            Content(item.Location.Path)) with { Crumb = view.ShortTitle };
        var alsoUnder = item.Sdgs.Where(l => l.Target is not null)
            .Select(l => new AlsoUnderView(views.Badge(l.Goal, l.Target),
                views.Items(_index.ItemsByTarget[l.Target!].Where(other => other.ActionLineId != item.ActionLineId))))
            .Where(a => a.Items.Count > 0)
            .ToList();
        var absolute = _options.Absolute(view.Url);
        return new(view.Url, "item.html",
            new ItemPageView(meta, view, alsoUnder,
                previous is null ? null : new LinkView(views.Item(previous).Title, Urls.Item(previous)),
                next is null ? null : new LinkView(views.Item(next).Title, Urls.Item(next)),
                Citation(item, absolute), absolute),
            meta, item.Location);
    }

    /// <summary>"Title". In: Source (Publisher, date). Site title. URL: the parts a reader needs to find the text again.</summary>
    private string Citation(IItem item, string absoluteUrl)
    {
        var source = _index.SourcesById.GetValueOrDefault(item.SourceId);
        var facts = string.Join(", ", new[] { source?.Publisher, source?.Date ?? "n.d." }.OfType<string>());
        var asOf = publication.Site.ContentDate is { } date ? $", content as of {date}" : "";
        return $"“{item.ActionLineId} {views.Item(item).Title}”. In: {source?.Title ?? item.SourceId} ({facts}). {publication.Site.Title}{asOf}. {absoluteUrl}";
    }

    private PlannedPage GoalIndex()
    {
        var meta = Meta("Sustainable Development Goals", "The 17 Sustainable Development Goals and the WSIS priorities and roadmap rows linked to each.", Urls.Sdgs, "sdgs", [], Content("sdgs.yml"));
        return new(Urls.Sdgs, "sdgs.html", new GoalIndexView(meta, publication.Goals.Select(views.GoalSummary).ToList()), meta, At("sdgs.yml"));
    }

    private PlannedPage GoalPage(Goal goal)
    {
        var url = Urls.Goal(goal.Number);
        var items = _index.ItemsByGoal.GetValueOrDefault(goal.Number) ?? [];
        var meta = Meta($"SDG {goal.Number}: {goal.Name}", $"WSIS priorities and roadmap rows linked to Sustainable Development Goal {goal.Number}, {goal.Name}.", url, "sdgs",
            [new LinkView("SDGs", Urls.Sdgs)], Content("sdgs.yml"));
        var targets = goal.Targets.Where(_index.ItemsByTarget.ContainsKey)
            .Select(t => new TargetView(t, Urls.TargetAnchor(t), views.Wordings(t), views.Items(_index.ItemsByTarget[t])))
            .ToList();
        return new(url, "sdg.html", new GoalPageView(meta, views.GoalSummary(goal), targets, views.GroupByActionLine(items), items.Count), meta, At("sdgs.yml"));
    }

    private PlannedPage StakeholderIndex()
    {
        var meta = Meta("Stakeholders", "The stakeholder groups the WSIS texts name, and the items addressed to each.", Urls.Stakeholders, "stakeholders", [], Content("stakeholders.yml"));
        return new(Urls.Stakeholders, "stakeholders.html",
            new StakeholderIndexView(meta, publication.Stakeholders.Select(views.StakeholderSummary).ToList(), _index.AllStakeholderItems.Count), meta, At("stakeholders.yml"));
    }

    private PlannedPage StakeholderPage(StakeholderGroup group)
    {
        var url = Urls.Stakeholder(group.Slug);
        var items = _index.ItemsByStakeholder.GetValueOrDefault(group.Slug) ?? [];
        var meta = Meta(group.Name, $"WSIS priorities and roadmap rows that name {group.Name}. {group.Description}", url, "stakeholders",
            [new LinkView("Stakeholders", Urls.Stakeholders)], Content("stakeholders.yml"));
        return new(url, "stakeholder.html",
            new StakeholderPageView(meta, group.Name, group.Description, views.GroupByActionLine(items), items.Count, false, _index.AllStakeholderItems.Count), meta, At("stakeholders.yml"));
    }

    private PlannedPage AllStakeholdersPage()
    {
        var items = _index.AllStakeholderItems;
        var meta = Meta("All stakeholders", "WSIS priorities and roadmap rows whose text addresses every stakeholder group.", Urls.AllStakeholders, "stakeholders",
            [new LinkView("Stakeholders", Urls.Stakeholders)], Content("stakeholders.yml"));
        return new(Urls.AllStakeholders, "stakeholder.html",
            new StakeholderPageView(meta, "All stakeholders", "Items whose text addresses every stakeholder group rather than naming some.", views.GroupByActionLine(items), items.Count, true, items.Count),
            meta, At("stakeholders.yml"));
    }

    private PlannedPage Background()
    {
        var meta = Meta("Background", "Background pages and the source documents this publication transcribes.", Urls.Background, "background", [], Template("background.html"));
        return new(Urls.Background, "background.html",
            new BackgroundView(meta, publication.Pages.Select(p => new LinkView(p.Title, Urls.Page(p.Slug))).ToList(),
                publication.Sources.Select(s => views.Source(s.Id)!).ToList()),
            meta, At(null));
    }

    private IEnumerable<PlannedPage> SourcePages(SourceDocument source)
    {
        var parts = SplitText(source.Text, SourcePartLength);
        var usedBy = publication.ActionLines.Where(a => a.SourceId == source.Id || a.Items.Any(i => i.SourceId == source.Id) || a.Context?.SourceId == source.Id)
            .Select(a => new LinkView($"{a.Id} {a.Title}", Urls.ActionLine(a.Id)))
            .Concat(publication.Pages.Where(p => p.SourceId == source.Id).Select(p => new LinkView(p.Title, Urls.Page(p.Slug))))
            .ToList();
        var notes = NotedItems(source).Count is var noted and > 0 ? new LinkView($"About this transcription: {noted} note{(noted == 1 ? "" : "s")}", Urls.SourceNotes(source.Id)) : null;
        var partLinks = Enumerable.Range(1, parts.Count).Select(n => new LinkView($"Part {n}", Urls.SourcePart(source.Id, n))).ToList();
        var size = FormatSize(System.Text.Encoding.UTF8.GetByteCount(source.Text));
        for (var n = 1; n <= parts.Count; n++)
        {
            var url = Urls.SourcePart(source.Id, n);
            var title = parts.Count == 1 ? source.Title : $"{source.Title} (part {n} of {parts.Count})";
            var trail = new List<LinkView> { new("Background", Urls.Background) };
            if (n > 1) trail.Add(new LinkView(source.Title, Urls.Source(source.Id)));
            var meta = Meta(title, $"The source text of “{source.Title}”, as transcribed by this publication.", url, "background", trail, Content($"sources/{source.File}"));
            var part = new SourcePartView(n, parts.Count, parts[n - 1],
                n > 1 ? partLinks[n - 2] : null, n < parts.Count ? partLinks[n] : null, partLinks.Select((l, i) => l with { Current = i + 1 == n }).ToList());
            yield return new(url, "source.html", new SourcePageView(meta, views.Source(source.Id)!, part, Urls.SourceText(source.Id), size, usedBy, notes), meta, At("sources.yml"));
        }
    }

    private List<IItem> NotedItems(SourceDocument source) =>
        publication.ActionLines.SelectMany(a => a.Items).Where(i => i.SourceId == source.Id && views.Item(i).Note is not null).ToList();

    /// <summary>The notes on how one source was transcribed, kept published but out of the reading flow; none when it has none.</summary>
    private PlannedPage? SourceNotes(SourceDocument source)
    {
        var items = NotedItems(source);
        if (items.Count == 0) return null;
        var url = Urls.SourceNotes(source.Id);
        var meta = Meta($"About this transcription: {source.Title}", $"Notes on how the items taken from “{source.Title}” were transcribed: labels, layout damage and other departures from the source.",
            url, "background", [new LinkView("Background", Urls.Background), new LinkView(source.Title, Urls.Source(source.Id))], Content("sources.yml")) with { Crumb = "About this transcription" };
        return new(url, "source-notes.html", new SourceNotesView(meta, views.Source(source.Id)!, views.GroupByActionLine(items), items.Count), meta, At("sources.yml"));
    }

    /// <summary>Splits at blank lines (or, failing that, line ends) so no part is much longer than max characters.</summary>
    public static IReadOnlyList<string> SplitText(string text, int max)
    {
        var parts = new List<string>();
        var rest = text;
        while (rest.Length > max)
        {
            var cut = rest.LastIndexOf("\n\n", max, StringComparison.Ordinal);
            if (cut < max / 2) cut = rest.LastIndexOf('\n', max);
            if (cut < max / 2) cut = max;
            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart('\n');
        }
        parts.Add(rest);
        return parts;
    }

    public static string FormatSize(long bytes) => bytes < 1024
        ? $"{bytes} bytes"
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (int)Math.Round(bytes / 1024.0))} KB");

    private PlannedPage FreePage(Page page)
    {
        var url = Urls.Page(page.Slug);
        var meta = Meta(page.Title, page.Description ?? page.Title, url, "background", [new LinkView("Background", Urls.Background)], Content(page.File));
        return new(url, "page.html",
            new FreePageView(meta, views.Markdown(page.Body, SourceLocation.File(page.File)), views.Source(page.SourceId),
                page.ActionLines.Where(_index.ActionLinesById.ContainsKey).Select(id => new LinkView($"{id} {_index.ActionLinesById[id].Title}", Urls.ActionLine(id))).ToList()),
            meta, SourceLocation.File(page.File));
    }

    private PlannedPage GoalMatrix()
    {
        var meta = Meta("SDGs by action line", "How many WSIS priorities and roadmap rows of each action line are linked to each Sustainable Development Goal.", Urls.SdgMatrix, "sdgs",
            [new LinkView("SDGs", Urls.Sdgs)], Template("matrix.html"));
        var rows = publication.Goals.Select(g => (Header: new LinkView(g.Name, Urls.Goal(g.Number)), Goal: (int?)g.Number,
            Items: _index.ItemsByGoal.GetValueOrDefault(g.Number) ?? [], Page: Urls.Goal(g.Number)));
        return new(Urls.SdgMatrix, "matrix.html",
            Matrix(meta, "Each number counts the items of an action line linked to a goal, directly or through one of its targets; it links to those items on the goal's page.",
                "Goal", rows, new LinkView("Stakeholders by action line", Urls.StakeholderMatrix)),
            meta, At("sdgs.yml"));
    }

    private PlannedPage StakeholderMatrix()
    {
        var meta = Meta("Stakeholders by action line", "How many WSIS priorities and roadmap rows of each action line name each stakeholder group.", Urls.StakeholderMatrix, "stakeholders",
            [new LinkView("Stakeholders", Urls.Stakeholders)], Template("matrix.html"));
        var rows = publication.Stakeholders.Select(s => (Header: new LinkView(s.Name, Urls.Stakeholder(s.Slug)), Goal: (int?)null,
                Items: _index.ItemsByStakeholder.GetValueOrDefault(s.Slug) ?? [], Page: Urls.Stakeholder(s.Slug)))
            .Append((Header: new LinkView(SearchFilter.AllStakeholders, Urls.AllStakeholders), Goal: null, Items: _index.AllStakeholderItems, Page: Urls.AllStakeholders));
        return new(Urls.StakeholderMatrix, "matrix.html",
            Matrix(meta, "Each number counts the items of an action line that name a stakeholder group; it links to those items on the group's page. Items addressed to every group are counted in the last row only.",
                "Stakeholder group", rows, new LinkView("SDGs by action line", Urls.SdgMatrix)),
            meta, At("stakeholders.yml"));
    }

    private MatrixView Matrix(PageMeta meta, string intro, string rowHeading, IEnumerable<(LinkView Header, int? Goal, IReadOnlyList<IItem> Items, string Page)> rows, LinkView other)
    {
        var rowList = rows.ToList();
        var withItems = publication.ActionLines.Where(a => a.Priorities.Count + a.Roadmap.Count > 0).ToList();
        var empty = publication.ActionLines.Where(a => a.Priorities.Count + a.Roadmap.Count == 0).Select(a => a.Id).ToList();
        // A column of zeros says nothing a sentence cannot: lines whose items this matrix never counts are named instead.
        var lines = withItems.Where(a => rowList.Any(r => r.Items.Any(i => i.ActionLineId == a.Id))).ToList();
        var uncounted = withItems.Except(lines).Select(a => a.Id).ToList();
        var counts = rowList.Select(r => (Row: r, Counts: lines.Select(a => r.Items.Count(i => i.ActionLineId == a.Id)).ToList())).ToList();
        var max = Math.Max(1, counts.SelectMany(c => c.Counts).DefaultIfEmpty(0).Max());
        var rowViews = counts.Select(c =>
        {
            var cells = c.Counts
                .Select((count, i) => new MatrixCellView(count, count == 0 ? null : $"{c.Row.Page}#{Urls.GroupAnchor(lines[i].Id)}", (int)Math.Ceiling(4.0 * count / max)))
                .ToList();
            return new MatrixRowView(c.Row.Header, c.Row.Goal, cells, c.Row.Items.Count);
        }).ToList();
        return new MatrixView
        {
            Meta = meta,
            Intro = intro,
            RowHeading = rowHeading,
            Columns = lines.Select(a => new LinkView(a.Id, Urls.ActionLine(a.Id))).ToList(),
            Rows = rowViews,
            ColumnTotals = lines.Select((_, i) => rowViews.Sum(r => r.Cells[i].Count)).ToList(),
            Total = rowViews.Sum(r => r.Total),
            EmptyLines = string.Join(" ", new[]
            {
                uncounted.Count == 0 ? "" : $"No item of {string.Join(" or ", uncounted)} is counted here, so {(uncounted.Count == 1 ? "it has" : "they have")} no column.",
                empty.Count == 0 ? "" : $"{string.Join(", ", empty)} {(empty.Count == 1 ? "has" : "have")} no priorities or roadmap rows in this publication yet, so {(empty.Count == 1 ? "it has" : "they have")} no column.",
            }.Where(t => t.Length > 0)),
            OtherMatrix = other,
        };
    }

    private PlannedPage Search()
    {
        var meta = Meta("Search", "Search the whole publication, and narrow the results by action line, SDG, stakeholder group or kind of item.", Urls.Search, "search", [], Template("search.html"))
            with { Script = "search.js" };
        var items = publication.ActionLines.SelectMany(a => a.Items).ToList();
        return new(Urls.Search, "search.html",
            new SearchPageView(meta,
                publication.ActionLines.Where(a => a.Priorities.Count + a.Roadmap.Count > 0)
                    .Select(a => new FilterOptionView(a.Id, $"{a.Id} {a.Title}", a.Priorities.Count + a.Roadmap.Count)).ToList(),
                publication.Goals.Select(g => new FilterOptionView(SearchFilter.GoalValue(g.Number), $"SDG {g.Number}: {g.Name}", _index.ItemsByGoal.GetValueOrDefault(g.Number)?.Count ?? 0))
                    .Where(o => o.Count > 0).ToList(),
                publication.Stakeholders.Select(s => new FilterOptionView(s.Name, s.Name, _index.ItemsByStakeholder.GetValueOrDefault(s.Slug)?.Count ?? 0))
                    .Append(new FilterOptionView(SearchFilter.AllStakeholders, SearchFilter.AllStakeholders, _index.AllStakeholderItems.Count))
                    .Where(o => o.Count > 0).ToList(),
                items.GroupBy(ViewFactory.KindLabel).Select(g => new FilterOptionView(g.Key, ViewFactory.KindPlural(g.Key), g.Count())).ToList()),
            meta, At(null));
    }

    private PlannedPage OpenData()
    {
        var meta = Meta("Open data", "The whole publication as JSON and CSV: priorities, roadmap rows and their links to the SDGs and stakeholder groups, free to reuse.", Urls.OpenData, "background",
            [new LinkView("Background", Urls.Background)], Template("data.html"));
        var items = publication.ActionLines.SelectMany(a => a.Items).ToList();
        return new(Urls.OpenData, "data.html",
            new OpenDataView(meta,
                _data.Where(d => d.Listed).Select(d => new DownloadView(d.Name, "/" + d.Path, d.Format, FormatSize(d.Content.Length), d.Description)).ToList(),
                items.Count, items.Sum(i => i.Sdgs.Count),
                publication.Site.Repository is { } repository ? $"{repository}/blob/{publication.Site.Branch}/docs/open-data.md" : null),
            meta, At(null));
    }

    private PlannedPage NotFound()
    {
        var meta = Meta("Page not found", "The page you asked for does not exist.", "/404.html", "none", [], Template("404.html")) with { NoIndex = true, EditUrl = null, LastChanged = null };
        return new("/404.html", "404.html", new NotFoundView(meta), meta, At(null));
    }
}
