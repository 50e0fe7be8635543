using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Wsis.Build;
using Wsis.Load;
using Wsis.Render;

[assembly: AssemblyFixture(typeof(Wsis.Tests.RenderedSiteFixture))]

namespace Wsis.Tests;

/// <summary>The real content built in memory once for the tests that read pages and files without a browser.</summary>
public sealed class RenderedSiteFixture
{
    public const string BaseUrl = "https://wsis.example.org";

    public RenderedSiteFixture()
    {
        Result = SiteBuilder.Build(new BuildInputs { Files = ContentDirectory.Read(Repo.Content), Templates = TemplateDirectory.Read(Repo.Templates), BaseUrl = BaseUrl });
        if (!Result.Succeeded) throw new InvalidOperationException("The real content does not build; see SmokeTests.");
        Documents = Site.Pages.ToDictionary(p => p.Url, p => new HtmlParser().ParseDocument(p.Html), StringComparer.Ordinal);
    }

    public BuildResult Result { get; }
    public RenderedSite Site => Result.Site!;
    public Model.Publication Publication => Result.Publication!;
    public IReadOnlyDictionary<string, IHtmlDocument> Documents { get; }

    public byte[] File(string path) => Site.Files.Single(f => f.Path == path.TrimStart('/')).Content;
}
