using Wsis.Model;
using Wsis.Render.Views;
using static Wsis.Render.Pages.PlanContext;

namespace Wsis.Render.Pages;

/// <summary>The pages of each source text, split in parts to keep each light, and the notes on its transcription.</summary>
internal sealed class SourcePlanner(PlanContext plan)
{
    /// <summary>Source texts longer than this are split over several pages, to keep each under the page-weight budget.</summary>
    public const int SourcePartLength = 28_000;

    public IEnumerable<PlannedPage> Pages(SourceDocument source)
    {
        var parts = SplitText(source.Text, SourcePartLength);
        var usedBy = plan.Publication.ActionLines.Where(a => a.SourceId == source.Id || a.Items.Any(i => i.SourceId == source.Id) || a.Context?.SourceId == source.Id)
            .Select(a => new LinkView($"{a.Id} {a.Title}", Urls.ActionLine(a.Id)))
            .Concat(plan.Publication.Pages.Where(p => p.SourceId == source.Id).Select(p => new LinkView(p.Title, Urls.Page(p.Slug))))
            .ToList();
        var noted = NotedItems(source).Count;
        var partLinks = Enumerable.Range(1, parts.Count).Select(n => new PartLinkView(n, Urls.SourcePart(source.Id, n))).ToList();
        var view = plan.Views.Source(source.Id)!;
        var size = FormatSize(System.Text.Encoding.UTF8.GetByteCount(source.Text));
        for (var n = 1; n <= parts.Count; n++)
        {
            var url = Urls.SourcePart(source.Id, n);
            var trail = new List<LinkView> { new("Background", Urls.Background) };
            if (n > 1) trail.Add(new LinkView(source.Title, Urls.Source(source.Id)));
            var meta = plan.Meta(plan.Words.For("source.html", ("source", view), ("part", n), ("parts", parts.Count)), url, "background", trail, Content($"sources/{source.File}"));
            var part = new SourcePartView(n, parts.Count, parts[n - 1],
                n > 1 ? partLinks[n - 2] : null, n < parts.Count ? partLinks[n] : null, partLinks.Select((l, i) => l with { Current = i + 1 == n }).ToList());
            yield return new(url, "source.html", new SourcePageView(meta, view, part, Urls.SourceText(source.Id), size, usedBy,
                noted > 0 ? Urls.SourceNotes(source.Id) : null, noted), meta, At("sources.yml"));
        }
    }

    private List<IItem> NotedItems(SourceDocument source) =>
        plan.Publication.ActionLines.SelectMany(a => a.Items).Where(i => i.SourceId == source.Id && plan.Views.Item(i).Note is not null).ToList();

    /// <summary>The notes on how one source was transcribed, kept published but out of the reading flow; none when it has none.</summary>
    public PlannedPage? Notes(SourceDocument source)
    {
        var items = NotedItems(source);
        if (items.Count == 0) return null;
        var url = Urls.SourceNotes(source.Id);
        var view = plan.Views.Source(source.Id)!;
        var meta = plan.Meta(plan.Words.For("source-notes.html", ("source", view)),
            url, "background", [new LinkView("Background", Urls.Background), new LinkView(source.Title, Urls.Source(source.Id))], Content("sources.yml"));
        return new(url, "source-notes.html", new SourceNotesView(meta, view, plan.Views.GroupByActionLine(items), items.Count), meta, At("sources.yml"));
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
}
