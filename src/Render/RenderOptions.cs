namespace Wsis.Render;

/// <summary>Settings of one render: the absolute address the site is served from.</summary>
public sealed record RenderOptions(string BaseUrl)
{
    public string Absolute(string url) => BaseUrl.TrimEnd('/') + url;
}
