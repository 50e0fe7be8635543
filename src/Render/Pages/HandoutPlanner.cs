using Wsis.Diagnostics;
using Wsis.Model;
using Wsis.Render.Views;

namespace Wsis.Render.Pages;

/// <summary>The print pages: a handout per action line and one for the whole publication, each linking its PDF when the build has it.</summary>
internal sealed class HandoutPlanner(Publication publication, ViewFactory views, RenderOptions options, EditLinks editLinks, PageWords words)
{
    public const string Template = "handout.html";
    public const string Layout = "layouts/handout.html";

    public IReadOnlyList<PlannedPage> Plan()
    {
        var withText = publication.ActionLines.Where(l => l.HasText).ToList();
        var lines = withText.Select(Line).ToList();
        var pages = withText.Select((line, i) => LinePage(line, lines[i])).ToList();
        pages.Add(PublicationPage(lines));
        return pages;
    }

    private PlannedPage LinePage(ActionLine line, HandoutLineView view)
    {
        var url = Urls.Handout(line.Id);
        var meta = Meta(words.For(Template, ("line", views.ActionLineSummary(line)), ("site_title", publication.Site.Title)), url,
            [new LinkView("Action lines", Urls.ActionLines), new LinkView($"{line.Id} {line.Title}", Urls.ActionLine(line.Id))], "content/" + line.Files[0]);
        var pdf = Urls.HandoutPdf(line.Id);
        return Planned(url, meta, new HandoutView
        {
            Meta = meta,
            PublicationTitle = publication.Site.Title,
            ContentDate = publication.Site.ContentDate,
            IsPublication = false,
            Lines = [view],
            WebPage = new LinkView($"{line.Id} {line.Title}", Urls.ActionLine(line.Id)),
            OtherHandoutUrl = Urls.PublicationHandout,
            PdfUrl = options.HasDownload(pdf) ? pdf : null,
            PdfName = Path.GetFileName(pdf),
            ShortLink = view.ShortLink,
            QrCode = view.QrCode,
        }, SourceLocation.File(line.Files[0]));
    }

    private PlannedPage PublicationPage(IReadOnlyList<HandoutLineView> lines)
    {
        var url = Urls.PublicationHandout;
        var meta = Meta(words.For(Template, ("line", null), ("site_title", publication.Site.Title)), url,
            [new LinkView("Action lines", Urls.ActionLines)], "templates/" + Template);
        var absolute = options.Absolute(Urls.ActionLines);
        return Planned(url, meta, new HandoutView
        {
            Meta = meta,
            PublicationTitle = publication.Site.Title,
            PublicationDescription = publication.Site.Description,
            ContentDate = publication.Site.ContentDate,
            IsPublication = true,
            Lines = lines,
            Pending = publication.ActionLines.Where(l => !l.HasText).Select(views.ActionLineSummary).ToList(),
            WebPage = new LinkView("Action lines", Urls.ActionLines),
            PdfUrl = options.HasDownload(Urls.PublicationPdf) ? Urls.PublicationPdf : null,
            PdfName = Path.GetFileName(Urls.PublicationPdf),
            ShortLink = ShortLink(absolute),
            QrCode = views.QrCode(absolute),
        }, SourceLocation.File("site.yml"));
    }

    private HandoutLineView Line(ActionLine line)
    {
        var absolute = options.Absolute(Urls.ActionLine(line.Id));
        return views.Kept(new HandoutLineView
        {
            Id = line.Id,
            Slug = line.Slug,
            Title = line.Title,
            Anchor = line.Slug,
            PageName = HandoutStyles.PageName(line),
            Facilitators = ViewFactory.FacilitatorText(line.Facilitators),
            FacilitatorsSource = views.FacilitatorsProvenance(line),
            SubLines = line.SubLines.Select(s => new SubLineView(s.Id, s.Title, ViewFactory.FacilitatorText(s.Facilitators))).ToList(),
            Status = line.Status.Slug(),
            StatusLabel = line.Status.Label(),
            Source = views.Source(line.SourceId),
            Overview = views.Markdown(line.Overview, SourceLocation.File(line.Files[0])),
            Priorities = views.Priorities(line.Priorities),
            RoadmapGroups = RoadmapGroups.All
                .Select(g => new RoadmapGroupView(g.Slug(), g.Title(), $"{line.Slug}-roadmap-{g.Slug()}", views.Rows(line.Roadmap.Where(r => r.Group == g))))
                .Where(g => g.Rows.Count > 0)
                .ToList(),
            ItemCount = line.Priorities.Count + line.Roadmap.Count,
            Notes = views.Items(line.Items).Where(i => i.Note is not null).ToList(),
            Counts = ViewFactory.ItemCounts(line),
            WebUrl = Urls.ActionLine(line.Id),
            ShortLink = ShortLink(absolute),
            AbsoluteUrl = absolute,
            QrCode = views.QrCode(absolute),
        });
    }

    /// <summary>What a reader types: the address without "https://" or a trailing slash.</summary>
    public static string ShortLink(string absolute)
    {
        var start = absolute.IndexOf("://", StringComparison.Ordinal);
        return (start < 0 ? absolute : absolute[(start + 3)..]).TrimEnd('/');
    }

    private PageMeta Meta(PageWording wording, string url, IEnumerable<LinkView> trail, string source) => editLinks.For(new()
    {
        Title = wording.Title,
        Description = wording.Description,
        Url = url,
        Section = "action-lines",
        Breadcrumbs = [new LinkView("Home", Urls.Home), .. trail],
        // A handout repeats its action line's page; search engines should send readers to that page.
        NoIndex = true,
    }, source);

    private static PlannedPage Planned(string url, PageMeta meta, HandoutView view, SourceLocation origin) =>
        new(url, Template, view, meta, origin, Layout, HandoutStyles.Stylesheet);
}
