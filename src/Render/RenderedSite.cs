using Wsis.Diagnostics;

namespace Wsis.Render;

/// <summary>A rendered HTML page, kept as text for the link check and the sink (a page too long for the sink to take whole is written as it is drawn instead: <see cref="PageOverflow"/>).</summary>
public sealed record RenderedPage(string Url, string Html, SourceLocation Origin)
{
    public string Path => Urls.FileOf(Url);
}

/// <summary>Any other output file: assets, sitemap, robots.txt.</summary>
public sealed record OutputFile(string Path, byte[] Content);

/// <summary>The whole site in memory, ready to check and write.</summary>
public sealed record RenderedSite(IReadOnlyList<RenderedPage> Pages, IReadOnlyList<OutputFile> Files)
{
    public int Count => Pages.Count + Files.Count;
}
