namespace Wsis.Render.Views;

public sealed record DownloadView(string Name, string Url, string Format, string Size, string Description);
