namespace Wsis.Render.Views;

public sealed record GoalPageView(PageMeta Meta, GoalSummaryView Goal, IReadOnlyList<TargetView> Targets, IReadOnlyList<ItemGroupView> Groups, int Count);
