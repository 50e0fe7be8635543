using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Wsis.Render.Views;

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
        // An item's view is listed on many pages (action line, SDGs, stakeholders, "also under"): hash it once
        // and let every page that lists it carry the short hash instead of the whole view.
        // Only hashed, never read: the relaxed encoder copies HTML and non-ASCII text as it is instead of escaping each character.
        _json = new JsonSerializerOptions
        {
            MaxDepth = 64, TypeInfoResolver = ViewJson.Default, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Converters = { new ItemDigest(items) },
        };
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

    /// <summary>Writes an item's view, of either kind, as the hash of its full JSON (<see cref="ItemViewCache.Digest"/>).</summary>
    private sealed class ItemDigest : JsonConverterFactory
    {
        private readonly JsonConverter _priority;
        private readonly JsonConverter _row;
        private readonly JsonConverter _either;

        public ItemDigest(ItemViewCache items)
        {
            _priority = new Digest<PriorityView>(items);
            _row = new Digest<RoadmapRowView>(items);
            _either = new Digest<ItemView>(items);
        }

        public override bool CanConvert(Type typeToConvert) => typeof(ItemView).IsAssignableFrom(typeToConvert);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            typeToConvert == typeof(PriorityView) ? _priority : typeToConvert == typeof(RoadmapRowView) ? _row : _either;

        private sealed class Digest<T>(ItemViewCache items) : JsonConverter<T> where T : ItemView
        {
            public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                throw new NotSupportedException("Fingerprints are only written.");

            public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(items.Digest(value));
        }
    }
}
