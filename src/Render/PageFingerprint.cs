using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Wsis.Model;

namespace Wsis.Render;

/// <summary>
/// Stamps of what every page depends on besides its own view, so `serve` draws again only the pages a change touches
/// (<see cref="KeptPages"/>): the templates, the assets, the address and the site settings.
/// </summary>
public static class PageFingerprint
{
    /// <summary>One per build: a page drawn under another stamp is drawn again.</summary>
    public static string Stamp(string templates, IEnumerable<OutputFile> assets, RenderOptions options, SiteSettings site)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(templates));
        foreach (var asset in assets) hash.AppendData(Encoding.UTF8.GetBytes(asset.Path + "\n"));
        hash.AppendData(Encoding.UTF8.GetBytes(options.BaseUrl + "\n"));
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(site, ViewJson.Default.SiteSettings));
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>A stamp of template sources, for the site stamp.</summary>
    public static string OfTemplates(IReadOnlyDictionary<string, string> sources)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, text) in sources.OrderBy(s => s.Key, StringComparer.Ordinal))
            hash.AppendData(Encoding.UTF8.GetBytes($"{name}\n{text.Length}\n{text}"));
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
