namespace Wsis.Render.Views;

public sealed record OpenDataView(PageMeta Meta, IReadOnlyList<DownloadView> Files, int ItemCount, int LinkCount, string? SchemaUrl);
