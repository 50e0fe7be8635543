namespace Wsis.Render;

/// <summary>Settings of one render: the absolute address the site is served from.</summary>
public sealed record RenderOptions(string BaseUrl)
{
    /// <summary>Files made outside the render (the PDFs) that the site includes and may link to.</summary>
    public IReadOnlyList<OutputFile> Downloads { get; init; } = [];

    public bool HasDownload(string url) => Downloads.Any(d => "/" + d.Path == url);

    public string Absolute(string url) => BaseUrl.TrimEnd('/') + url;
}
