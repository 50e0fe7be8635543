using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Model;
using Wsis.Render;
using Wsis.Render.Views;

namespace Wsis.Editions;

/// <summary>
/// The editions' pages, added to the site map the page planner makes: the list of editions, each edition's changes,
/// each item as it stood in every earlier edition; and on the existing pages, an item's history and the edition a citation names.
/// </summary>
public sealed class EditionPlanner(Publication publication, EditionHistory history, SourceDates dates, MarkdownRenderer markdown)
{
    private const string Source = "content/" + EditionList.FileName;

    private readonly EditLinks _editLinks = new(publication.Site, dates);
    private readonly IReadOnlyDictionary<string, IItem> _today = publication.ActionLines.SelectMany(a => a.Items).ToDictionary(ItemFacts.KeyOf, StringComparer.Ordinal);
    // Asked for every item page: a set per edition, not a scan of its items for each.
    private readonly IReadOnlyList<HashSet<string>> _keys = history.Editions
        .Select(e => e.Model.ActionLines.SelectMany(a => a.Items).Select(ItemFacts.KeyOf).ToHashSet(StringComparer.Ordinal)).ToList();

    public IReadOnlyList<PlannedPage> Extend(IReadOnlyList<PlannedPage> plan)
    {
        if (history.Editions.Count == 0) return plan;
        var byUrl = _today.Values.ToDictionary(Urls.Item, StringComparer.Ordinal);
        var pages = plan.Select(page => page.Model switch
        {
            ItemPageView item when byUrl.TryGetValue(page.Url, out var found) => page with { Model = WithHistory(item, found) },
            BackgroundView background => page with { Model = background with { Pages = [.. background.Pages, new LinkView("Editions", EditionUrls.Index)] } },
            _ => page,
        }).ToList();
        pages.Add(Index());
        for (var i = 1; i < history.Editions.Count; i++) pages.Add(EditionPage(history.Editions[i], history.Editions[i - 1]));
        for (var i = 0; i + 1 < history.Editions.Count; i++) pages.AddRange(ItemPages(history.Editions[i], history.Editions[i + 1]));
        return pages;
    }

    private PageMeta Meta(string title, string description, string url, IEnumerable<LinkView> trail) => _editLinks.For(new PageMeta
    {
        Title = title,
        Description = description,
        Url = url,
        Section = "background",
        Breadcrumbs = [new LinkView("Home", Urls.Home), new LinkView("Background", Urls.Background), .. trail],
    }, Source);

    private static SourceLocation Origin => SourceLocation.File(EditionList.FileName);

    private PlannedPage Index()
    {
        var editions = history.Editions;
        var newest = editions[^1].Edition;
        var intro = editions.Count == 1
            ? $"This publication has one edition so far: the {EditionWords.InSentence(newest.Title)}, of {newest.Date}. There is no earlier edition to compare it with; when the next one is published, this page lists it with what changed in it, word by word."
            : $"This publication has {editions.Count} editions, newest first. The roadmaps are living documents, updated as the work goes on; each edition's page shows what changed since the one before, word by word.";
        var unreleased = history.SinceNewest.Count == 0 ? null
            : $"The text on this site has changed since the {EditionWords.InSentence(newest.Title)}: {EditionWords.Counts(history.SinceNewest)}, not yet in an edition.";
        var meta = Meta("Editions", "The editions of the publication, newest first, and what changed in each.", EditionUrls.Index, []);
        var summaries = editions.Reverse().Select(e => new EditionSummaryView(e.Edition.Id, e.Edition.Title, e.Edition.Date, Summary(e.Edition),
            e.Changes is null ? null : EditionUrls.Edition(e.Edition.Id), e.Changes is null ? "the first edition" : EditionWords.Counts(e.Changes), e.Changes is null)).ToList();
        return new(EditionUrls.Index, "editions.html", new EditionIndexView(meta, intro, summaries, unreleased), meta, Origin);
    }

    private TrustedHtml Summary(Edition edition) =>
        edition.Summary is null ? TrustedHtml.Empty : markdown.Block(edition.Summary, edition.Location, new DiagnosticBag());

    private PlannedPage EditionPage(EditionState state, EditionState previous)
    {
        var edition = state.Edition;
        var url = EditionUrls.Edition(edition.Id);
        var meta = Meta($"{edition.Title}: what changed", $"What changed in the {EditionWords.InSentence(edition.Title)} of {edition.Date} since the {EditionWords.InSentence(previous.Edition.Title)}: {EditionWords.Counts(state.Changes)}.",
            url, [new LinkView("Editions", EditionUrls.Index)]) with { Crumb = edition.Title };
        var groups = state.Changes!.GroupBy(c => c.ActionLineId, StringComparer.Ordinal)
            .Select(g => (Line: state.Model.Index.ActionLinesById.GetValueOrDefault(g.Key) ?? previous.Model.Index.ActionLinesById[g.Key], Changes: g.ToList()))
            .OrderBy(g => g.Line.Number)
            .Select(g => new ChangeGroupView(g.Line.Id, $"{g.Line.Id} {g.Line.Title}", "line-" + g.Line.Slug, g.Changes.Select(c => Change(c, previous)).ToList()))
            .ToList();
        return new(url, "edition.html",
            new EditionPageView(meta, edition.Title, edition.Date, Summary(edition), new LinkView(previous.Edition.Title, previous.Changes is null ? EditionUrls.Index : EditionUrls.Edition(previous.Edition.Id)),
                EditionWords.Counts(state.Changes), groups),
            meta, Origin);
    }

    private ChangeView Change(ItemChange change, EditionState previous) => new(
        EditionUrls.Anchor(change.Key),
        change.KindLabel,
        change.Current.Item.Title,
        _today.TryGetValue(change.Key, out var today) ? Urls.Item(today) : null,
        change.Before is { } before ? EditionUrls.Item(previous.Edition.Id, before.Item) : null,
        change.Kind == ChangeKind.Moved ? change.Before!.Item.Title : null,
        change.Kind is ChangeKind.Added or ChangeKind.Removed ? change.Current.Fields[0].Shown : null,
        change.Fields.Count == 0 ? null : EditionWords.FieldNames(change),
        change.Fields.Select(f => new FieldDiffView(f.Label, EditionWords.Spaced(f.Diff))).ToList());

    private IEnumerable<PlannedPage> ItemPages(EditionState state, EditionState next)
    {
        var edition = state.Edition;
        var views = new ViewFactory(state.Model, markdown, new DiagnosticBag());
        var editionLink = new LinkView(edition.Title, state.Changes is null ? EditionUrls.Index : EditionUrls.Edition(edition.Id));
        foreach (var item in state.Model.ActionLines.SelectMany(a => a.Items))
        {
            var key = ItemFacts.KeyOf(item);
            var url = EditionUrls.Item(edition.Id, item);
            var view = views.Item(item);
            var later = next.Changes!.FirstOrDefault(c => c.Before?.Key == key);
            var notice = $"This is {item.Title} as it stood in the {EditionWords.InSentence(edition.Title)} ({edition.Date}). "
                + (later is null ? $"The {EditionWords.InSentence(next.Edition.Title)} kept it as it was."
                    : later.Kind == ChangeKind.Removed ? $"The {EditionWords.InSentence(next.Edition.Title)} removed it."
                    : $"The {EditionWords.InSentence(next.Edition.Title)} {(later.Kind == ChangeKind.Moved ? "moved" : "changed")} it{(later.Fields.Count > 0 ? $" ({EditionWords.FieldNames(later)})" : "")}.");
            var meta = Meta($"{item.Title}, {edition.Title}", notice, url, [new LinkView("Editions", EditionUrls.Index), editionLink]) with { Crumb = view.ShortTitle, NoIndex = true };
            yield return new(url, "edition-item.html",
                new EditionItemPageView(meta, view, editionLink,
                    _today.TryGetValue(later?.After?.Key ?? key, out var today) && later?.Kind != ChangeKind.Removed ? new LinkView(views.Item(item).Title, Urls.Item(today)) : null,
                    later is null ? null : new LinkView($"What the {EditionWords.InSentence(next.Edition.Title)} changed", EditionUrls.Change(next.Edition.Id, later.Key)),
                    notice),
                meta, Origin);
        }
    }

    private ItemPageView WithHistory(ItemPageView page, IItem item)
    {
        var key = ItemFacts.KeyOf(item);
        var entries = new List<HistoryEntryView>();
        for (var i = 0; i < history.Editions.Count; i++)
        {
            var state = history.Editions[i];
            var title = EditionWords.InSentence(state.Edition.Title);
            if (state.Changes is null)
            {
                if (_keys[i].Contains(key))
                    entries.Add(new HistoryEntryView($"In the {title} ({state.Edition.Date}).", null, history.Editions.Count > 1 ? new LinkView("Read it as it stood then", EditionUrls.Item(state.Edition.Id, item)) : null));
                continue;
            }
            if (state.Changes.FirstOrDefault(c => c.After?.Key == key) is not { } change) continue;
            var what = change.Kind switch
            {
                ChangeKind.Added => $"Added in the {title} ({state.Edition.Date}).",
                ChangeKind.Moved => $"Moved here in the {title} ({state.Edition.Date}), from {change.Before!.Item.Title}{(change.Fields.Count > 0 ? $"; changed: {EditionWords.FieldNames(change)}" : "")}.",
                _ => $"Changed in the {title} ({state.Edition.Date}): {EditionWords.FieldNames(change)}.",
            };
            entries.Add(new HistoryEntryView(what, EditionUrls.Change(state.Edition.Id, key),
                change.Before is { } before ? new LinkView("Read it as it was before", EditionUrls.Item(history.Editions[i - 1].Edition.Id, before.Item)) : null));
        }
        var newest = history.Newest!.Edition;
        var since = history.SinceNewest.FirstOrDefault(c => c.After?.Key == key);
        if (since is not null)
            entries.Add(new HistoryEntryView($"{(since.Kind == ChangeKind.Added ? "Added" : "Changed")} since the {EditionWords.InSentence(newest.Title)}, not yet in an edition{(since.Fields.Count > 0 ? $": {EditionWords.FieldNames(since)}" : "")}.", null, null));
        // The citation names the edition, and says so when today's text of the item is newer than it.
        var cited = $"{newest.Title} ({newest.Date}){(since is null ? "" : ", with later changes")}";
        return page with { History = new ItemHistoryView(entries, new LinkView("All editions", EditionUrls.Index)), Citation = page.Citation with { Edition = cited } };
    }
}
