namespace Wsis.Render.Views;

public sealed record StakeholderPageView(PageMeta Meta, string Name, string? Description, IReadOnlyList<ItemGroupView> Groups, int Count, bool IsAll, int AllCount);
