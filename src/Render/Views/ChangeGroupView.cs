namespace Wsis.Render.Views;

public sealed record ChangeGroupView(string ActionLineId, string Title, string Anchor, IReadOnlyList<ChangeView> Changes);
