using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Wsis.Render;

/// <summary>
/// A hash of everything a page's HTML depends on, so `serve` renders again only the pages a change touches.
/// A template sees nothing but its view, so the view's JSON, the page's meta, URL and template name, plus a
/// stamp of the templates, assets and site settings, determine the output.
/// </summary>
public static class PageFingerprint
{
    private static readonly JsonSerializerOptions Json = new() { IncludeFields = true, MaxDepth = 64 };

    public static string Stamp(string templates, IEnumerable<OutputFile> assets, RenderOptions options, object site)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(templates));
        foreach (var asset in assets) hash.AppendData(Encoding.UTF8.GetBytes(asset.Path + "\n"));
        hash.AppendData(Encoding.UTF8.GetBytes(options.BaseUrl + "\n"));
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(site, site.GetType(), Json));
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public static string Of(PlannedPage page, string stamp)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{stamp}\n{page.Url}\n{page.Template}\n{page.Layout}\n{page.Stylesheet}\n"));
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(page.Meta, Json));
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(page.Model, page.Model.GetType(), Json));
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>A stamp of template sources, for <see cref="Stamp"/>.</summary>
    public static string OfTemplates(IReadOnlyDictionary<string, string> sources)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, text) in sources.OrderBy(s => s.Key, StringComparer.Ordinal))
            hash.AppendData(Encoding.UTF8.GetBytes($"{name}\n{text.Length}\n{text}"));
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
