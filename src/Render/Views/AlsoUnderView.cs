namespace Wsis.Render.Views;

/// <summary>Items of other action lines that share an SDG target with this one.</summary>
public sealed record AlsoUnderView(SdgBadgeView Target, IReadOnlyList<ItemView> Items);
