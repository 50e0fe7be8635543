using Wsis.Load;
using Wsis.Model;
using Wsis.Render.Views;

namespace Wsis.Render;

/// <summary>"Edit this page" and the date the page's source last changed, for the file in the repository a page comes from.</summary>
public sealed class EditLinks(SiteSettings site, SourceDates dates)
{
    public PageMeta For(PageMeta meta, string repositoryPath) => meta with
    {
        EditUrl = site.Repository is null ? null : $"{site.Repository}/edit/{site.Branch}/{repositoryPath}",
        LastChanged = dates.Of(repositoryPath),
    };
}
