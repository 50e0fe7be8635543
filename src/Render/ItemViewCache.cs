using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Wsis.Caching;
using Wsis.Render.Views;

namespace Wsis.Render;

/// <summary>
/// Item views, and the handouts' line views made of them, across the builds of `serve`, by a hash of their JSON: a view
/// that comes out as before gets the earlier instance back, so what is keyed by view instance (fragments, page
/// fingerprints) is reused for it. A template sees nothing but its view, so two views with the same JSON render the
/// same (the premise of <see cref="PageFingerprint"/>). A one-off build (<c>remember: false</c>) hashes nothing.
/// </summary>
public sealed class ItemViewCache
{
    // Only hashed, never read: the relaxed encoder copies HTML and non-ASCII text as it is instead of escaping each character.
    private static readonly JsonSerializerOptions Plain = new() { MaxDepth = 64, TypeInfoResolver = ViewJson.Default, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Memo<string, object> _views;
    private readonly ConditionalWeakTable<object, string> _digests = [];
    // A line view's JSON holds its items as their hashes, made once per item.
    private readonly JsonSerializerOptions _lines;

    public ItemViewCache(bool remember = true)
    {
        _views = new Memo<string, object>(StringComparer.Ordinal, remember);
        _lines = new JsonSerializerOptions(Plain) { Converters = { new DigestConverter(this, lines: false) } };
        Pages = new JsonSerializerOptions(Plain) { Converters = { new DigestConverter(this, lines: true) } };
    }

    /// <summary>
    /// For the JSON of views that show items and handout lines (<see cref="PageFingerprint"/>): each written as its
    /// <see cref="Digest"/>. Kept with the views, because options made afresh each build would learn every view type again.
    /// </summary>
    public JsonSerializerOptions Pages { get; }

    /// <summary>The view to use for a freshly made one: the earlier instance when it is the same value.</summary>
    public ItemView Reuse(ItemView fresh) => Kept(fresh);

    /// <inheritdoc cref="Reuse(ItemView)"/>
    public HandoutLineView Reuse(HandoutLineView fresh) => Kept(fresh);

    private T Kept<T>(T fresh) where T : class => _views.Remembers ? (T)_views.GetOrAdd(Digest(fresh), _ => fresh) : fresh;

    /// <summary>A hash of the view's JSON and kind, computed once per view instance.</summary>
    public string Digest(object view) => _digests.GetValue(view, v =>
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(v.GetType().Name + "\n"));
        var options = v is ItemView ? Plain : _lines;
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(v, options.GetTypeInfo(v.GetType())));
        return Convert.ToHexString(hash.GetHashAndReset());
    });

    public void Sweep() => _views.Sweep();

    /// <summary>Writes each item view (and with <paramref name="lines"/> each handout line view) as its <see cref="Digest"/>.</summary>
    private sealed class DigestConverter(ItemViewCache cache, bool lines) : JsonConverterFactory
    {
        private readonly Dictionary<Type, JsonConverter> _converters = new()
        {
            [typeof(ItemView)] = new Digest<ItemView>(cache),
            [typeof(PriorityView)] = new Digest<PriorityView>(cache),
            [typeof(RoadmapRowView)] = new Digest<RoadmapRowView>(cache),
            [typeof(HandoutLineView)] = new Digest<HandoutLineView>(cache),
        };

        public override bool CanConvert(Type typeToConvert) => typeof(ItemView).IsAssignableFrom(typeToConvert) || (lines && typeToConvert == typeof(HandoutLineView));

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) => _converters.GetValueOrDefault(typeToConvert) ?? _converters[typeof(ItemView)];

        private sealed class Digest<T>(ItemViewCache cache) : JsonConverter<T> where T : class
        {
            public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                throw new NotSupportedException("View hashes are only written.");

            public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(cache.Digest(value));
        }
    }
}
