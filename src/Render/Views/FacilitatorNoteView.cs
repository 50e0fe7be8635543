namespace Wsis.Render.Views;

/// <summary>Where the facilitators of some action lines are from, when not from the lines' own source.</summary>
public sealed record FacilitatorNoteView(IReadOnlyList<string> ActionLines, string Provenance);
