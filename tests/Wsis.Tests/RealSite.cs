using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Wsis.Build;
using Wsis.Load;
using Wsis.Render;
using Wsis.Tests.Support;

[assembly: AssemblyFixture(typeof(Wsis.Tests.RealSite))]

namespace Wsis.Tests;

/// <summary>
/// The real content and templates built once per run, in memory, with their git dates: for the content's own tests and
/// for the fixtures that write, serve or print it. Tests take it in their constructor; member data, which xunit reads
/// before any fixture exists, uses <see cref="Shared"/>, the same instance.
/// </summary>
public sealed class RealSite
{
    public const string BaseUrl = "https://wsis.example.org";

    private static readonly Lazy<RealSite> Once = new(() => new RealSite(ContentSet.Real));

    public static RealSite Shared => Once.Value;

    public RealSite() : this(Shared) { }

    private RealSite(RealSite shared) => (Result, Documents) = (shared.Result, shared.Documents);

    private RealSite(ContentSet content)
    {
        Result = TestBuild.InMemory(content.ToRawFiles(), ContentSet.Templates, BaseUrl, SourceDates.Read(Repo.Content, Repo.Templates));
        if (!Result.Succeeded)
            throw new InvalidOperationException($"The real content does not build:\n{string.Join('\n', Result.Diagnostics.Where(d => d.IsError))}");
        Documents = Site.Pages.ToDictionary(p => p.Url, p => new HtmlParser().ParseDocument(p.Html), StringComparer.Ordinal);
    }

    public BuildResult Result { get; }
    public RenderedSite Site => Result.Site!;
    public Model.Publication Publication => Result.Publication!;
    /// <summary>Every page parsed, by URL; shared, so tests read them and never change them.</summary>
    public IReadOnlyDictionary<string, IHtmlDocument> Documents { get; }

    public byte[] File(string path) => Site.Files.Single(f => f.Path == path.TrimStart('/')).Content;

    public IHtmlDocument Page(string url)
    {
        Assert.True(Documents.TryGetValue(url, out var document), $"No page at {url}");
        return document;
    }
}
