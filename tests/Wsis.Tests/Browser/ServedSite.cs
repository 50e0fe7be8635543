using Microsoft.Playwright;
using Wsis.Build;
using Wsis.Search;
using Wsis.Tests.Support;

namespace Wsis.Tests.Browser;

/// <summary>
/// The run's real site written into a temporary folder, with the search index a build writes when Pagefind is installed, served on 127.0.0.1
/// under the production Content-Security-Policy, and a headless Chromium to look at it.
/// </summary>
public sealed class ServedSite : IAsyncLifetime
{
    private readonly Lazy<Task<SiteTour>> _tour;
    private readonly WrittenSite _written = new();
    private bool _pagefindMissing;

    public ServedSite() => _tour = new(() => SiteTour.Run(this));

    public string Root => _written.Root;
    public BuildResult Result => _written.Result;
    public StaticServer Server { get; private set; } = null!;
    /// <summary>Why the search index is missing, or null when Pagefind built it.</summary>
    public string? NoSearchIndex { get; private set; }
    public IPlaywright? Playwright { get; private set; }
    public IBrowser? Browser { get; private set; }

    /// <summary>One page of each kind (<see cref="PageKinds"/>), for the checks too slow to run on every page.</summary>
    public IReadOnlyList<string> OnePageOfEachKind { get; } = PageKinds.Cover(RealSite.Shared.Documents);

    public Task<SiteTour> Tour => _tour.Value;

    public async ValueTask InitializeAsync()
    {
        var pagefind = PagefindIndexer.Find(Repo.Root);
        _pagefindMissing = pagefind is null;
        NoSearchIndex = pagefind is null ? $"Pagefind is not installed. {PagefindIndexer.InstallHint}" : IndexForSearch(pagefind, Root);
        Server = new StaticServer(Root, ContentSecurityPolicy.Current);
        if (RequiredTool.FindChromium() is not { } chromium) return;
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Args = Wsis.Pdf.Chromium.Args, Headless = true });
    }

    // The index a build's StagingSink makes, from the pages as they are written.
    private static string? IndexForSearch(string pagefind, string root)
    {
        var search = new SearchIndexBuilder(pagefind, root);
        foreach (var page in Directory.GetFiles(root, "*.html", SearchOption.AllDirectories))
            search.Add(Path.GetRelativePath(root, page).Replace('\\', '/'), File.ReadAllText(page));
        var (files, error) = search.Complete();
        foreach (var file in files)
        {
            var path = Path.Combine(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }
        return error;
    }

    public IBrowser RequireBrowser()
    {
        if (Browser is null) RequiredTool.Chromium.Missing($"{RequiredTool.ChromiumNotFound} The browser tests look at the site in it.");
        return Browser;
    }

    public void RequireSearchIndex()
    {
        if (_pagefindMissing) RequiredTool.Npm.Missing($"No search index: {NoSearchIndex}");
        // Installed but failing is a broken search, not a missing tool.
        if (NoSearchIndex is not null) Assert.Fail($"No search index: {NoSearchIndex}");
    }

    /// <summary>A fresh context that refuses and records any request leaving the local server.</summary>
    public async Task<(IBrowserContext Context, List<string> ThirdParty)> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var context = await RequireBrowser().NewContextAsync(options ?? new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var thirdParty = new List<string>();
        await context.RouteAsync(url => !url.StartsWith(Server.BaseUrl + "/", StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal), async route =>
        {
            lock (thirdParty) thirdParty.Add(route.Request.Url);
            await route.AbortAsync();
        });
        return (context, thirdParty);
    }

    public async ValueTask DisposeAsync()
    {
        // Each part is let go even when one before it fails (a browser already gone, a server task that faulted), and
        // what failed is said: a cleanup failure alone fails the run, and xunit names only the collection.
        await LetGo("the browser", async () => { if (Browser is not null) await Browser.DisposeAsync(); });
        await LetGo("Playwright", () => { Playwright?.Dispose(); return Task.CompletedTask; });
        await LetGo("the local server", () => { Server?.Dispose(); return Task.CompletedTask; });
        await LetGo("the written site", () => { _written.Dispose(); return Task.CompletedTask; });
    }

    private static async Task LetGo(string what, Func<Task> dispose)
    {
        try
        {
            await dispose();
        }
        catch (Exception e) when (e is PlaywrightException or IOException or AggregateException or ObjectDisposedException)
        {
            await Console.Error.WriteLineAsync($"Browser fixture: letting go of {what} failed: {e.GetType().Name}: {e.Message}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<ServedSite>
{
    public const string Name = "Built site in a browser";
}
