using System.Text;
using System.Xml.Linq;
using Wsis.Diagnostics;
using Wsis.Model;
using Wsis.Render.Views;

namespace Wsis.Render;

/// <summary>Renders every planned page through its template and the layout, in parallel, plus sitemap and robots.txt.</summary>
public sealed class SiteRenderer(TemplateSet templates, Assets assets, RenderOptions options, KeptPages pageCache)
{
    public const string Layout = "layouts/base.html";
    public const string Stylesheet = "site.css";

    // Made on the first page a build renders with a cache, for that build's publication (a renderer serves one build).
    private string? _stamp;

    private static readonly IReadOnlyList<(string Title, string Url, string Section)> NavItems =
    [
        ("Action lines", Urls.ActionLines, "action-lines"),
        ("SDGs", Urls.Sdgs, "sdgs"),
        ("Stakeholders", Urls.Stakeholders, "stakeholders"),
        ("Background", Urls.Background, "background"),
        ("Search", Urls.Search, "search"),
    ];

    /// <summary>Everything but the pages: assets, sitemap, robots.txt, the web manifest and the downloads.</summary>
    public IReadOnlyList<OutputFile> OtherFiles(Publication publication, IReadOnlyList<PlannedPage> plan)
    {
        var files = new List<OutputFile>(assets.Files)
        {
            new("sitemap.xml", Sitemap(plan)),
            new("robots.txt", Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {options.Absolute("/sitemap.xml")}\n")),
            new(Urls.Manifest.TrimStart('/'), WebManifest.Create(publication.Site, assets)),
        };
        files.AddRange(options.Downloads);
        return files;
    }

    /// <summary>
    /// One page through its template and the layout; a page whose inputs are unchanged since an earlier build of this
    /// process (serve, pdf) is reused. A page longer than <paramref name="overflow"/>'s length goes to its stream as it is
    /// drawn, and its Html is then empty; pages kept for reuse are held whole.
    /// </summary>
    public RenderedPage? RenderPage(Publication publication, PlannedPage page, DiagnosticBag diagnostics, PageOverflow? overflow = null)
    {
        if (!pageCache.Remembers) return RenderFresh(publication, page, diagnostics, overflow);
        var stamp = LazyInitializer.EnsureInitialized(ref _stamp, () => PageFingerprint.Stamp(templates.Fingerprint, assets.Files, options, publication.Site));
        if (pageCache.Find(stamp, page) is { } html) return new RenderedPage(page.Url, html, page.Origin);
        var rendered = RenderFresh(publication, page, diagnostics, overflow: null);
        if (rendered is not null) pageCache.Keep(stamp, page, rendered.Html);
        return rendered;
    }

    private RenderedPage? RenderFresh(Publication publication, PlannedPage page, DiagnosticBag diagnostics, PageOverflow? overflow)
    {
        var body = templates.Body(page.Template, page.Model, diagnostics);
        if (body is null) return null;
        var layout = new LayoutView
        {
            Page = page.Meta,
            SiteTitle = publication.Site.Title,
            Language = publication.Site.Language,
            CanonicalUrl = options.Absolute(page.Url),
            Nav = NavItems.Select(n => new LinkView(n.Title, n.Url, n.Section == page.Meta.Section)).ToList(),
            Content = body,
            StylesheetUrl = assets.Url(page.Stylesheet),
            ScriptUrl = assets.Url("site.js"),
            Year = publication.Site.ContentDate ?? "",
            SdgStylesheetUrl = assets.Url(SdgStylesheet.Name),
            PageScriptUrl = page.Meta.Script is { } script ? assets.Url(script) : null,
            IconUrl = assets.Url("icon.svg"),
            TouchIconUrl = assets.Url("icon-192.png"),
            ManifestUrl = Urls.Manifest,
            ImageUrl = options.Absolute(assets.Url("icon-512.png")),
        };
        var html = templates.Render(page.Layout, layout, diagnostics, overflow);
        return html is null ? null : new RenderedPage(page.Url, html, page.Origin);
    }

    private byte[] Sitemap(IReadOnlyList<PlannedPage> plan)
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(ns + "urlset", plan.Where(p => !p.Meta.NoIndex).Select(p => new XElement(ns + "url", new XElement(ns + "loc", options.Absolute(p.Url))))));
        using var stream = new MemoryStream();
        using (var writer = System.Xml.XmlWriter.Create(stream, new System.Xml.XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
            document.Save(writer);
        return stream.ToArray();
    }
}
