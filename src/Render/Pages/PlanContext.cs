using System.Globalization;
using Wsis.Diagnostics;
using Wsis.Model;
using Wsis.Render.Views;

namespace Wsis.Render.Pages;

/// <summary>What every page planner shares: the publication, its views, the render's options, the data files and "Edit this page".</summary>
internal sealed class PlanContext(Publication publication, ViewFactory views, RenderOptions options, EditLinks editLinks, Task<IReadOnlyList<DataFile>> data, PageWords words)
{
    public Publication Publication => publication;
    public PublicationIndex Index => publication.Index;
    public ViewFactory Views => views;
    public RenderOptions Options => options;
    public EditLinks EditLinks => editLinks;
    /// <summary>The open data's files; made meanwhile on another core, so the first page to ask waits for them.</summary>
    public IReadOnlyList<DataFile> Data => data.GetAwaiter().GetResult();
    /// <summary>Each page's title and description, as its template's front matter words them.</summary>
    public PageWords Words => words;

    /// <summary>source: the file in the repository the page's text comes from, for "Edit this page" and its date.</summary>
    public PageMeta Meta(PageWording wording, string url, string section, IEnumerable<LinkView> trail, string source) => editLinks.For(new()
    {
        Title = wording.Title,
        Description = ViewFactory.Shorten(wording.Description, 300),
        Url = url,
        Section = section,
        Breadcrumbs = [new LinkView("Home", Urls.Home), .. trail],
        Crumb = wording.Crumb,
    }, source);

    public static string Content(string path) => "content/" + path;

    public static string Template(string name) => TemplateSet.TemplatesFolder + name;

    public static SourceLocation At(string? file) => SourceLocation.File(file is null ? "templates/" : file);

    public static string FormatSize(long bytes) => bytes < 1024
        ? $"{bytes} bytes"
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (int)Math.Round(bytes / 1024.0))} KB");
}
