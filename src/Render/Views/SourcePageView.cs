namespace Wsis.Render.Views;

public sealed record SourcePageView(PageMeta Meta, SourceView Source, SourcePartView Part, string TextUrl, string TextSize, IReadOnlyList<LinkView> UsedBy,
    string? NotesUrl, int NoteCount);
