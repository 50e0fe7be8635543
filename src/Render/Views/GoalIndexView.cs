namespace Wsis.Render.Views;

public sealed record GoalIndexView(PageMeta Meta, IReadOnlyList<GoalSummaryView> Goals);
