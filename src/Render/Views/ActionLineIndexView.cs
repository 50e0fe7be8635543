namespace Wsis.Render.Views;

/// <summary>FacilitatorNotes: one per provenance of the facilitators, naming the action lines it covers.</summary>
public sealed record ActionLineIndexView(PageMeta Meta, IReadOnlyList<ActionLineSummaryView> ActionLines, IReadOnlyList<FacilitatorNoteView> FacilitatorNotes);
