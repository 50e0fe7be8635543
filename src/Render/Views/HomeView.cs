namespace Wsis.Render.Views;

public sealed record HomeView(PageMeta Meta, string Description, IReadOnlyList<ActionLineSummaryView> ActionLines, IReadOnlyList<GoalSummaryView> Goals, IReadOnlyList<StakeholderSummaryView> Stakeholders, int ItemCount);
