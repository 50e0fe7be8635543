using Wsis.Model;

namespace Wsis.Editions;

/// <summary>The editions' part of the URL scheme.</summary>
public static class EditionUrls
{
    public const string Index = "/editions/";

    public static string Edition(string id) => $"{Index}{id}/";

    /// <summary>An item's change on its edition's page.</summary>
    public static string Change(string editionId, string key) => $"{Edition(editionId)}#{Anchor(key)}";

    /// <summary>The item as it stood in an edition: a permalink of its own, kept out of the sitemap and the search index.</summary>
    public static string Item(string editionId, IItem item) => $"{Edition(editionId)}{item.ActionLineId.ToLowerInvariant()}/{item.Path}/";

    public static string Anchor(string key) => "change-" + key.ToLowerInvariant().Replace(' ', '-');
}
