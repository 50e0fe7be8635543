using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Wsis.Caching;
using Wsis.Render.Views;

namespace Wsis.Render;

/// <summary>
/// Item views, and the handouts' line views made of them, across the builds of `serve`: a view that comes out equal to
/// the one of the same item (or line) in the last build gets the earlier instance back, so what is keyed by view
/// instance (fragments, includes, page fingerprints) is reused for it. Views are records: equal means every member
/// equal, lists element by element (<see cref="Same(ItemView, ItemView)"/>); the items a line view holds are the same
/// instances exactly when they are equal, since they were reused first. The hash of a view's JSON
/// (<see cref="Digest"/>) stands for it in page fingerprints; a template sees nothing but its view, so two views with
/// the same JSON render the same (the premise of <see cref="PageFingerprint"/>). A one-off build (<c>remember: false</c>)
/// compares and hashes nothing.
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
        Pages = new JsonSerializerOptions(Plain) { Converters = { new DigestConverter(this, lines: true), new LongText() } };
    }

    /// <summary>
    /// For the JSON of views that show items and handout lines (<see cref="PageFingerprint"/>): each written as its
    /// <see cref="Digest"/>. Kept with the views, because options made afresh each build would learn every view type again.
    /// </summary>
    public JsonSerializerOptions Pages { get; }

    /// <summary>The view to use for a freshly made one: the earlier instance when it is the same value.</summary>
    public ItemView Reuse(ItemView fresh) => Kept(fresh.Url, fresh, Same);

    /// <inheritdoc cref="Reuse(ItemView)"/>
    public HandoutLineView Reuse(HandoutLineView fresh) => Kept("handout line " + fresh.Id, fresh, Same);

    private T Kept<T>(string key, T fresh, Func<T, T, bool> same) where T : class
    {
        if (!_views.Remembers) return fresh;
        if (_views.TryGet(key, out var earlier) && earlier is T kept && same(kept, fresh)) return kept;
        _views.Set(key, fresh);
        return fresh;
    }

    // Record equality compares lists by reference: each list is compared element by element, and the copy given the
    // other's lists then compares every other member. A list member added later and not named here keeps its
    // reference in the copy, so the views never compare equal: nothing is reused for them, nothing wrong is.
    internal static bool Same(ItemView a, ItemView b)
    {
        if (a.GetType() != b.GetType() || !a.Sdgs.SequenceEqual(b.Sdgs) || !a.Stakeholders.SequenceEqual(b.Stakeholders) || !a.SearchFilters.SequenceEqual(b.SearchFilters))
            return false;
        var copy = a with { Sdgs = b.Sdgs, Stakeholders = b.Stakeholders, SearchFilters = b.SearchFilters };
        if (copy is RoadmapRowView row && b is RoadmapRowView other)
        {
            if (!row.ItuGoals.SequenceEqual(other.ItuGoals) || !row.ResultColumns.SequenceEqual(other.ResultColumns, Parts)) return false;
            copy = row with { ItuGoals = other.ItuGoals, ResultColumns = other.ResultColumns };
        }
        return copy.Equals(b);
    }

    internal static bool Same(HandoutLineView a, HandoutLineView b)
    {
        if (!a.SubLines.SequenceEqual(b.SubLines) || !a.Priorities.SequenceEqual(b.Priorities, Instances) || !a.Notes.SequenceEqual(b.Notes, Instances)
            || !a.RoadmapGroups.SequenceEqual(b.RoadmapGroups, Groups))
            return false;
        return (a with { SubLines = b.SubLines, Priorities = b.Priorities, Notes = b.Notes, RoadmapGroups = b.RoadmapGroups }).Equals(b);
    }

    private static readonly IEqualityComparer<ItemView> Instances = ReferenceEqualityComparer.Instance;
    private static readonly IEqualityComparer<ResultPartView> Parts = EqualityComparer<ResultPartView>.Create((a, b) =>
        a is not null && b is not null && a.Entries.SequenceEqual(b.Entries) && (a with { Entries = b.Entries }).Equals(b));
    private static readonly IEqualityComparer<RoadmapGroupView> Groups = EqualityComparer<RoadmapGroupView>.Create((a, b) =>
        a is not null && b is not null && a.Rows.SequenceEqual(b.Rows, Instances) && (a with { Rows = b.Rows }).Equals(b));

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

    /// <summary>
    /// Writes a long string (a source's text, a page of Markdown) as a hash of its characters, kept per instance: hashing
    /// it is cheaper than escaping it into JSON, and a text reused from the last build is not hashed again.
    /// </summary>
    private sealed class LongText : JsonConverter<string>
    {
        private const int Long = 1024;
        private readonly ConditionalWeakTable<string, string> _digests = [];

        public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("View hashes are only written.");

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        {
            if (value.Length < Long) writer.WriteStringValue(value);
            else writer.WriteStringValue(_digests.GetValue(value, text => "#" + Convert.ToHexString(SHA256.HashData(MemoryMarshal.AsBytes(text.AsSpan())))));
        }
    }

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
