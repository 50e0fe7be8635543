namespace Wsis.Render.Views;

/// <summary>sdgNote: which items cite goals and which do not, as counted, so the home page claims nothing the content lacks.</summary>
public sealed record HomeView(PageMeta Meta, string Description, IReadOnlyList<ActionLineSummaryView> ActionLines, IReadOnlyList<GoalSummaryView> Goals,
    IReadOnlyList<StakeholderSummaryView> Stakeholders, int ItemCount, IReadOnlyList<HoldingView> Holdings, string Pending, string SdgNote);
