namespace Wsis.Render.Views;

/// <summary>Items of one action line, as listed on an SDG or stakeholder page.</summary>
public sealed record ItemGroupView(LinkView ActionLine, string Anchor, int Count, IReadOnlyList<ItemView> Items);
