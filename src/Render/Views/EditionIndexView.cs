
namespace Wsis.Render.Views;

/// <summary>/editions/: every edition, newest first. Intro says plainly when there is only one, or when today's text is newer than the newest.</summary>
public sealed record EditionIndexView(PageMeta Meta, string Intro, IReadOnlyList<EditionSummaryView> Editions, string? Unreleased);
