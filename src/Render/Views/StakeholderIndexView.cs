namespace Wsis.Render.Views;

public sealed record StakeholderIndexView(PageMeta Meta, IReadOnlyList<StakeholderSummaryView> Stakeholders, int AllCount);
