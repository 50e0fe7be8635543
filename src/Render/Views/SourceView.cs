namespace Wsis.Render.Views;

public sealed record SourceView(string Id, string Title, string Url, string? Publisher, string? Date, string Status, string? Note, string? Disclaimer, string File);
