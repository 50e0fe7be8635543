namespace Wsis.Render.Views;

/// <summary>CitingCount, CitingNone: which items cite goals and which action lines' items do not, as counted, so the home page claims nothing the content lacks.</summary>
public sealed record HomeView(PageMeta Meta, string Description, IReadOnlyList<ActionLineSummaryView> ActionLines, IReadOnlyList<GoalSummaryView> Goals,
    IReadOnlyList<StakeholderSummaryView> Stakeholders, int ItemCount, IReadOnlyList<HoldingView> Holdings, IReadOnlyList<string> Pending,
    int CitingCount, IReadOnlyList<ActionLineSummaryView> CitingNone);
