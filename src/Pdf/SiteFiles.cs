using System.Collections.Frozen;
using System.Text;
using Wsis.Render;

namespace Wsis.Pdf;

/// <summary>The built site in memory as the browser asks for it: a URL path in, the bytes and their media type out.</summary>
public sealed class SiteFiles
{
    private static readonly FrozenDictionary<string, string> MediaTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".webp"] = "image/webp",
        [".woff2"] = "font/woff2",
        [".xml"] = "application/xml",
        [".txt"] = "text/plain; charset=utf-8",
        [".pdf"] = "application/pdf",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

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
            ? (body, MediaTypes.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream"))
            : null;
    }
}
