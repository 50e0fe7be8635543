namespace Wsis.Render;

/// <summary>A page's words as its template's front matter declares them: its title, its meta description and, when the title is too long for the breadcrumb, a shorter name there.</summary>
public sealed record PageWording(string Title, string Description, string? Crumb = null)
{
    /// <summary>What a page gets when its front matter failed: the failure is a template error, so the build writes nothing.</summary>
    public static readonly PageWording Failed = new("", "");
}
