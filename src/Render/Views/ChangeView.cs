namespace Wsis.Render.Views;

/// <summary>
/// One item's change on an edition's page. Url: the item today, if it still exists; EarlierUrl: the item as it stood
/// in the edition before (for removed and changed items). Text: the whole text of an added or removed item.
/// </summary>
public sealed record ChangeView(string Anchor, string Kind, string Heading, string? Url, string? EarlierUrl, string? MovedFrom, string? Text, string? FieldNames, IReadOnlyList<FieldDiffView> Fields);
