using Microsoft.Playwright;

namespace Wsis.Pdf;

/// <summary>
/// Prints pages of the built site to PDF in headless Chromium. The browser asks for the site's own addresses
/// (base URL), and every request is answered from memory, so links in the PDFs point at the real site and
/// nothing reaches the network.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    // Fills the contents' page numbers, which only the printer knows; the web page leaves them empty.
    private const string FillContentsScript = """
        pages => { for (const [id, page] of Object.entries(pages)) {
          const cell = document.querySelector(`[data-toc-page="${CSS.escape(id)}"]`);
          if (cell) cell.textContent = String(page);
        } }
        """;

    // The page box less the @page margins of the stylesheet, in CSS pixels: the room one page has.
    private const string PageAreaScript = """
        ({ widthMm, heightMm }) => {
          const probe = document.createElement('div');
          document.body.append(probe);
          const px = length => { probe.style.width = length; return probe.getBoundingClientRect().width; };
          const margin = { top: '0', right: '0', bottom: '0', left: '0' };
          for (const sheet of document.styleSheets)
            for (const rule of sheet.cssRules)
              if (rule instanceof CSSPageRule && rule.selectorText === '')
                for (const side of Object.keys(margin)) margin[side] = rule.style.getPropertyValue('margin-' + side) || margin[side];
          const area = { width: px(widthMm + 'mm') - px(margin.left) - px(margin.right), height: px(heightMm + 'mm') - px(margin.top) - px(margin.bottom) };
          probe.remove();
          return area;
        }
        """;

    // Items kept whole (break-inside: avoid) that are taller than a page would be pushed to a new page and
    // split anyway; marked, they start where they are. Measured in print layout at the page's width, against what a
    // page holds beside them: a table's header, repeated on every page, and for the first item of a list or table the
    // heading kept with it (break-after: avoid), which moves to the new page too.
    private const string MarkLongItemsScript = """
        height => {
          const long = [];
          for (const item of document.querySelectorAll('[data-item]')) {
            const table = item.closest('table');
            const head = table?.tHead?.getBoundingClientRect().height ?? 0;
            const group = table ? (table.closest('.table-scroll') ?? table) : item.parentElement;
            const first = table ? table.tBodies[0] === item : item.parentElement.firstElementChild === item;
            const heading = first ? group.previousElementSibling : null;
            const lead = heading && /^H[1-6]$/.test(heading.tagName) ? group.getBoundingClientRect().top - heading.getBoundingClientRect().top : 0;
            if (item.getBoundingClientRect().height > height - head - lead - 2) {
              item.classList.add('handout-long');
              long.push(item.dataset.item);
            }
          }
          return long;
        }
        """;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IBrowserContext _context;
    private readonly string _origin;
    private readonly Paper _paper;

    private PdfPrinter(IPlaywright playwright, IBrowser browser, IBrowserContext context, string origin, Paper paper)
    {
        (_playwright, _browser, _context, _origin, _paper) = (playwright, browser, context, origin, paper);
    }

    public static async Task<PdfPrinter> StartAsync(string chromiumPath, string baseUrl, SiteFiles site, Paper paper)
    {
        var origin = new Uri(baseUrl).GetLeftPart(UriPartial.Authority);
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromiumPath,
                Headless = true,
                Args = Chromium.Args,
            });
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { ServiceWorkers = ServiceWorkerPolicy.Block, ColorScheme = ColorScheme.Light });
            await context.RouteAsync("**/*", route => Serve(route, origin, site));
            return new PdfPrinter(playwright, browser, context, origin, paper);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <param name="contentsPages">For the publication: the page each action line starts on, by its section id.</param>
    public async Task<PrintedPage> PrintAsync(string pageUrl, IReadOnlyDictionary<string, int>? contentsPages = null)
    {
        var page = await _context.NewPageAsync();
        try
        {
            var response = await page.GotoAsync(_origin + pageUrl, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            if (response is null || !response.Ok)
                throw new InvalidOperationException($"The page {pageUrl} is not in the built site (status {response?.Status}).");
            await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
            if (contentsPages is not null) await page.EvaluateAsync(FillContentsScript, contentsPages);
            var area = await page.EvaluateAsync<PageArea>(PageAreaScript, new { widthMm = _paper.WidthMm, heightMm = _paper.HeightMm });
            await page.SetViewportSizeAsync((int)Math.Floor(area.Width), (int)Math.Ceiling(area.Height));
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            var longItems = await page.EvaluateAsync<string[]>(MarkLongItemsScript, area.Height);
            var pdf = await page.PdfAsync(new PagePdfOptions
            {
                Format = _paper.Format,
                PrintBackground = true,
                // Margins and running header and footer come from the stylesheet's @page rules.
                PreferCSSPageSize = false,
                DisplayHeaderFooter = false,
                Outline = true,
                Tagged = true,
            });
            return new PrintedPage(pdf, longItems);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private static Task Serve(IRoute route, string origin, SiteFiles site)
    {
        var url = new Uri(route.Request.Url);
        if (!string.Equals(url.GetLeftPart(UriPartial.Authority), origin, StringComparison.OrdinalIgnoreCase))
            return route.AbortAsync("blockedbyclient");
        return site.Get(url.AbsolutePath) is { } file
            ? route.FulfillAsync(new RouteFulfillOptions { Status = 200, BodyBytes = file.Body, ContentType = file.MediaType })
            : route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = "Not in the built site", ContentType = "text/plain" });
    }

    // Playwright fills this from the script's result, so it needs settable properties.
    private sealed class PageArea
    {
        public double Width { get; set; }
        public double Height { get; set; }
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
