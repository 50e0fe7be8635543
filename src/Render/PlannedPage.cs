using Wsis.Diagnostics;
using Wsis.Render.Views;

namespace Wsis.Render;

/// <summary>One page of the site map: where it goes, which template draws it, and the view it receives.</summary>
/// <remarks>Print pages (handouts) use their own layout and stylesheet; every other page keeps the defaults.</remarks>
public sealed record PlannedPage(string Url, string Template, object Model, PageMeta Meta, SourceLocation Origin,
    string Layout = SiteRenderer.Layout, string Stylesheet = SiteRenderer.Stylesheet);
