namespace Wsis.Render.Views;

/// <summary>A target the content cites, with each wording the sources give for it (none where they give only the number).</summary>
public sealed record TargetView(string Key, string Anchor, IReadOnlyList<TargetWordingView> Wordings, IReadOnlyList<ItemView> Items);
