using Wsis.Caching;

namespace Wsis.Render;

/// <summary>
/// The pages of the last build of a long-running process (serve, pdf) by URL, each with the planned page it was drawn
/// from: a page planned with the same values (<see cref="SameView"/>) under the same templates, assets and site settings
/// (the stamp) gets that build's HTML. A one-off build keeps nothing.
/// </summary>
public sealed class KeptPages(bool remember = true)
{
    private readonly Memo<string, Kept> _pages = new(StringComparer.Ordinal, remember);
    private readonly SameView _same = new();
    private int _reused;
    private int _drawn;

    public bool Remembers => _pages.Remembers;

    /// <summary>Pages the last build took from the one before it, and pages it drew.</summary>
    public int Reused => _reused;
    public int Drawn => _drawn;

    /// <summary>The HTML of the page as the last build drew it, or null when anything it shows differs.</summary>
    public string? Find(string stamp, PlannedPage page)
    {
        if (_pages.TryGet(page.Url, out var kept) && kept.Stamp == stamp && Same(kept.Page, page))
        {
            Interlocked.Increment(ref _reused);
            return kept.Html;
        }
        Interlocked.Increment(ref _drawn);
        return null;
    }

    public void Keep(string stamp, PlannedPage page, string html) => _pages.Set(page.Url, new Kept(stamp, page, html));

    // Origin is not compared: it only places the page's link errors, and the rendered page takes the current one.
    private bool Same(PlannedPage a, PlannedPage b) =>
        a.Template == b.Template && a.Layout == b.Layout && a.Stylesheet == b.Stylesheet && _same.Same(a.Meta, b.Meta) && _same.Same(a.Model, b.Model);

    /// <summary>Ends a build: forgets the pages it did not plan and starts counting again.</summary>
    public void Sweep()
    {
        _pages.Sweep();
        _reused = 0;
        _drawn = 0;
    }

    private sealed record Kept(string Stamp, PlannedPage Page, string Html);
}
