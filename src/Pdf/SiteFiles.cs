using System.Collections.Frozen;
using System.Text;
using Wsis.Render;
using Wsis.Write;

namespace Wsis.Pdf;

/// <summary>The built site in memory as the browser asks for it: a URL path in, the bytes and their media type out.</summary>
public sealed class SiteFiles
{
    private readonly FrozenDictionary<string, byte[]> _files;

    public SiteFiles(RenderedSite site)
    {
        _files = site.Pages.Select(p => KeyValuePair.Create(p.Path, Encoding.UTF8.GetBytes(p.Html)))
            .Concat(site.Files.Select(f => KeyValuePair.Create(f.Path, f.Content)))
            .ToFrozenDictionary(StringComparer.Ordinal);
    }

    public (byte[] Body, string MediaType)? Get(string urlPath)
    {
        var path = Urls.FileOf(Uri.UnescapeDataString(urlPath));
        return _files.TryGetValue(path, out var body)
            ? (body, MediaTypes.Of(path))
            : null;
    }
}
