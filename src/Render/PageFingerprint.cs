using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Wsis.Render;

/// <summary>
/// A hash of everything a page's HTML depends on, so `serve` renders again only the pages a change touches.
/// A template sees nothing but its view, so the view's JSON, the page's meta, URL and template name, plus a
/// stamp of the templates, assets and site settings, determine the output. One per build.
/// </summary>
public sealed class PageFingerprint
{
    private readonly JsonSerializerOptions _json;
    private readonly string _stamp;

    /// <param name="items">Hashes of item views, kept across builds with the views they are of.</param>
    public PageFingerprint(string templates, IEnumerable<OutputFile> assets, RenderOptions options, object site, ItemViewCache items)
    {
        // An item's view is listed on many pages (action line, SDGs, stakeholders, "also under"), a handout line's on two:
        // hash each once and let every page that shows it carry the short hash instead of the whole view.
        _json = items.Pages;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(templates));
        foreach (var asset in assets) hash.AppendData(Encoding.UTF8.GetBytes(asset.Path + "\n"));
        hash.AppendData(Encoding.UTF8.GetBytes(options.BaseUrl + "\n"));
        hash.AppendData(Json(site, _json));
        _stamp = Convert.ToHexString(hash.GetHashAndReset());
    }

    public string Of(PlannedPage page)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{_stamp}\n{page.Url}\n{page.Template}\n{page.Layout}\n{page.Stylesheet}\n"));
        hash.AppendData(Json(page.Meta, _json));
        hash.AppendData(Json(page.Model, _json));
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>A value's JSON by its runtime type, from the compiled metadata in <see cref="ViewJson"/>.</summary>
    private static byte[] Json(object value, JsonSerializerOptions options) =>
        JsonSerializer.SerializeToUtf8Bytes(value, options.GetTypeInfo(value.GetType()));

    /// <summary>A stamp of template sources, for the site stamp.</summary>
    public static string OfTemplates(IReadOnlyDictionary<string, string> sources)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, text) in sources.OrderBy(s => s.Key, StringComparer.Ordinal))
            hash.AppendData(Encoding.UTF8.GetBytes($"{name}\n{text.Length}\n{text}"));
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
