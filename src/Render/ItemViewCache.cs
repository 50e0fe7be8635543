using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Wsis.Caching;
using Wsis.Render.Views;

namespace Wsis.Render;

/// <summary>
/// Item views across the builds of `serve`, by a hash of their JSON: an item whose view comes out as before gets the
/// earlier instance back, so what is keyed by view instance (fragments, page fingerprints) is reused for it. A template
/// sees nothing but its view, so two views with the same JSON render the same (the premise of
/// <see cref="PageFingerprint"/>). A one-off build (<c>remember: false</c>) hashes nothing.
/// </summary>
public sealed class ItemViewCache(bool remember = true)
{
    // Only hashed: see PageFingerprint.
    private static readonly JsonSerializerOptions Plain = new() { MaxDepth = 64, TypeInfoResolver = ViewJson.Default, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Memo<string, ItemView> _views = new(StringComparer.Ordinal, remember);
    private readonly ConditionalWeakTable<ItemView, string> _digests = [];

    /// <summary>The view to use for a freshly made one: the earlier instance when it is the same value.</summary>
    public ItemView Reuse(ItemView fresh)
    {
        if (!_views.Remembers) return fresh;
        var digest = Digest(fresh);
        return _views.GetOrAdd(digest, _ => fresh);
    }

    /// <summary>A hash of the view's JSON and kind, computed once per view instance.</summary>
    public string Digest(ItemView view) => _digests.GetValue(view, item =>
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(item.GetType().Name + "\n"));
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(item, Plain.GetTypeInfo(item.GetType())));
        return Convert.ToHexString(hash.GetHashAndReset());
    });

    public void Sweep() => _views.Sweep();
}
