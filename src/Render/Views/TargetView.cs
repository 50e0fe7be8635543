namespace Wsis.Render.Views;

/// <summary>A target the content cites, with the text a source gives for it.</summary>
public sealed record TargetView(string Key, string Anchor, string? Text, IReadOnlyList<ItemView> Items);
